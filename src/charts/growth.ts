import { max, scaleBand, scaleLinear } from 'd3';
import type { Growth } from '../schemas/growth';
import { type ChartModel, type LineMark, type RectMark, type TextMark, r } from './marks';

export interface GrowthOptions {
	width?: number;
}

/**
 * Horizontal bars of each city's annual growth, with the benchmark the text cites ("around 20%")
 * as a reference line; each bar labelled directly with its city and value.
 */
export function layoutGrowth(data: Growth, { width = 420 }: GrowthOptions = {}): ChartModel {
	const margin = { top: 34, right: 44, bottom: 34, left: 92 };
	const rowHeight = 40;
	const height = margin.top + data.cities.length * rowHeight + margin.bottom;
	const top = Math.max(25, Math.ceil(((max([...data.cities.map((c) => c.value), data.benchmark.value]) ?? 0) * 1.1) / 5) * 5);
	const x = scaleLinear().domain([0, top]).range([margin.left, width - margin.right]);
	const y = scaleBand<string>()
		.domain(data.cities.map((c) => c.id))
		.range([margin.top, height - margin.bottom])
		.padding(0.3);

	const rects: RectMark[] = data.cities.map((c) => ({ kind: 'bar' as const, x: r(x(0)), y: r(y(c.id)!), w: r(x(c.value) - x(0)), h: r(y.bandwidth()), tone: 4, label: `${c.name}: ${c.value}%` }));
	const texts: TextMark[] = data.cities.flatMap((c) => [
		{ x: r(x(0) - 8), y: r(y(c.id)! + y.bandwidth() / 2 + 5), text: c.name, anchor: 'end' as const, kind: 'label' as const },
		{ x: r(x(c.value) + 6), y: r(y(c.id)! + y.bandwidth() / 2 + 5), text: `${c.value}%`, anchor: 'start' as const, kind: 'value' as const },
	]);
	const ticks = x.ticks(5);
	const axisY = height - margin.bottom;
	const lines: LineMark[] = [
		{ x1: r(x(0)), y1: margin.top - 6, x2: r(x(0)), y2: axisY, kind: 'axis' },
		...ticks.map((t) => ({ x1: r(x(t)), y1: axisY, x2: r(x(t)), y2: axisY + 4, kind: 'tick' as const })),
		{ x1: r(x(data.benchmark.value)), y1: margin.top - 10, x2: r(x(data.benchmark.value)), y2: axisY, kind: 'reference' },
	];
	texts.push(
		...ticks.map((t) => ({ x: r(x(t)), y: axisY + 18, text: `${t}%`, anchor: 'middle' as const, kind: 'axis' as const })),
		{ x: r(x(data.benchmark.value)), y: margin.top - 16, text: data.benchmark.label, anchor: 'middle', kind: 'note' },
	);
	return { width, height, rects, lines, paths: [], texts };
}
