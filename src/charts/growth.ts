import { max, scaleBand, scaleLinear } from 'd3';
import type { Growth } from '../schemas/growth';
import { type ChartModel, type LineMark, type RectMark, type TextMark, axisTicks, chartSizes, r, textBox, textWidth, wrapPx } from './marks';
import { growthData } from '../schemas/growth';
import { defineChart } from './figure';

export interface GrowthOptions {
	width?: number;
}

/**
 * Horizontal bars of each city's annual growth, with the benchmark the text cites ("around 20%")
 * as a reference line; each bar labelled directly with its city and value. A value label never sits
 * under the reference line: one that would reach it stands just past it, and the line is broken
 * around it, so the number reads clean.
 */
export function layoutGrowth(data: Growth, { width = chartSizes.wide }: GrowthOptions = {}): ChartModel {
	const nameWidth = Math.max(0, ...data.cities.map((c) => textWidth(c.name, 'label')));
	const valueWidth = Math.max(0, ...data.cities.map((c) => textWidth(`${c.value}%`, 'value')));
	const noteLines = wrapPx(data.benchmark.label, Math.max(120, width * 0.45), 'note');
	const margin = { top: 14 + noteLines.length * 15, right: Math.ceil(valueWidth + 14), bottom: 34, left: Math.ceil(nameWidth + 12) };
	const rowHeight = 40;
	const height = margin.top + data.cities.length * rowHeight + margin.bottom;
	// The axis ends at the first round tick past the largest value or the benchmark, not beyond.
	const ticks = axisTicks(max([...data.cities.map((c) => c.value), data.benchmark.value]) ?? 0, width < 400 ? 3 : 5);
	const x = scaleLinear().domain([0, ticks[ticks.length - 1] || 1]).range([margin.left, width - margin.right]);
	const y = scaleBand<string>()
		.domain(data.cities.map((c) => c.id))
		.range([margin.top, height - margin.bottom])
		.padding(0.3);
	const refX = r(x(data.benchmark.value));

	const rects: RectMark[] = data.cities.map((c) => ({ kind: 'bar' as const, x: r(x(0)), y: r(y(c.id)!), w: r(x(c.value) - x(0)), h: r(y.bandwidth()), tone: 4, label: `${c.name}: ${c.value}%` }));
	const texts: TextMark[] = data.cities.flatMap((c) => {
		const baseline = r(y(c.id)! + y.bandwidth() / 2 + 5);
		const value: TextMark = { x: r(x(c.value) + 6), y: baseline, text: `${c.value}%`, anchor: 'start', kind: 'value' };
		const box = textBox(value);
		if (box.x0 - 3 <= refX && box.x1 + 3 >= refX) value.x = r(Math.max(value.x, refX + 6));
		return [{ x: r(x(0) - 8), y: baseline, text: c.name, anchor: 'end' as const, kind: 'label' as const }, value];
	});
	const axisY = height - margin.bottom;
	const lines: LineMark[] = [
		{ x1: r(x(0)), y1: margin.top - 6, x2: r(x(0)), y2: axisY, kind: 'axis' },
		...ticks.map((t) => ({ x1: r(x(t)), y1: axisY, x2: r(x(t)), y2: axisY + 4, kind: 'tick' as const })),
		// The benchmark: value labels that would reach it stand past it (above), so it runs unbroken.
		{ x1: refX, y1: margin.top - 6, x2: refX, y2: axisY, kind: 'reference' },
	];
	// The benchmark's label above the plot, centred on its line but kept inside the chart.
	const noteWidth = Math.max(...noteLines.map((l) => textWidth(l, 'note')));
	const noteX = Math.min(Math.max(refX, noteWidth / 2 + 2), width - noteWidth / 2 - 2);
	texts.push(
		...ticks.map((t) => ({ x: r(x(t)), y: axisY + 18, text: `${t}%`, anchor: 'middle' as const, kind: 'axis' as const })),
		...noteLines.map((text, i) => ({ x: r(noteX), y: 14 + i * 15, text, anchor: 'middle' as const, kind: 'note' as const })),
	);
	return { width, height, rects, lines, paths: [], texts };
}

/** The growth rates of the cities with developed clusters. */
export const growthChart = defineChart({
	id: 'growth',
	data: growthData,
	layout: (growth, width) => layoutGrowth(growth, { width }),
	source: (growth) => growth.source,
	table: (growth) => ({
		columns: [
			{ key: 'city', label: 'City' },
			{ key: 'province', label: 'Province' },
			{ key: 'growth', label: `${growth.measure} (%)`, numeric: true },
		],
		rows: growth.cities.map((c) => ({ city: c.name, province: c.province, growth: c.value })),
	}),
});
