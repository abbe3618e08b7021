import { scaleLinear } from 'd3';
import { formatNumber } from '../format/number';
import { type ChartModel, type LineMark, type RectMark, type TextMark, axisTicks, chartSizes, r, textWidth, wrapPx } from './marks';

/** One panel: a title and a few labelled bars. */
export interface BarPanel {
	title: string;
	bars: Array<{ id: string; label: string; value: number; display: string }>;
}

/**
 * Panels of horizontal bars stacked vertically on one shared scale, so a bar's length compares with
 * every other bar's (the Torch chart's 3,250 patents draw a fifth as long as its 14,884 projects).
 * Each panel has its own labelled axis on that scale; each bar is labelled with its name above and its
 * value at its end.
 */
export function layoutPanels(panels: BarPanel[], { width = chartSizes.wide }: { width?: number } = {}): ChartModel {
	const left = 12;
	const values = panels.flatMap((p) => p.bars.map((b) => b.display));
	const right = Math.ceil(Math.max(40, ...values.map((v) => textWidth(v, 'value'))) + 14);
	const barHeight = 20;
	const rowHeight = 46;
	const max = Math.max(0, ...panels.flatMap((p) => p.bars.map((b) => b.value)));
	// The axis ends at the first round tick past the longest bar, not beyond. All zero: a unit domain keeps
	// zero at the left, where the bars start (d3 maps [0, 0] to the middle).
	const ticks = axisTicks(max, width < 400 ? 3 : 5);
	const x = scaleLinear()
		.domain([0, ticks[ticks.length - 1] || 1])
		.range([left, width - right]);
	const rects: RectMark[] = [];
	const texts: TextMark[] = [];
	const lines: LineMark[] = [];
	let y = 8;
	panels.forEach((panel, p) => {
		const titleLines = wrapPx(panel.title, width - left, 'title');
		titleLines.forEach((line, i) => texts.push({ x: left, y: r(y + 16 + i * 18), text: line, anchor: 'start', kind: 'title' }));
		y += 16 + titleLines.length * 18;
		panel.bars.forEach((bar) => {
			texts.push({ x: left, y: r(y + 14), text: bar.label, anchor: 'start', kind: 'label' });
			const w = Math.max(1.5, x(bar.value) - x(0));
			rects.push({ kind: 'bar', x: left, y: r(y + 20), w: r(w), h: barHeight, tone: p === 0 ? 4 : 5, label: `${bar.label}: ${bar.display}` });
			texts.push({ x: r(left + w + 6), y: r(y + 20 + barHeight / 2 + 5), text: bar.display, anchor: 'start', kind: 'value' });
			y += rowHeight;
		});
		if (panel.bars.length) {
			const axisY = r(y + 2);
			lines.push({ x1: left, y1: axisY, x2: r(x(ticks[ticks.length - 1])), y2: axisY, kind: 'axis' });
			for (const t of ticks) {
				lines.push({ x1: r(x(t)), y1: axisY, x2: r(x(t)), y2: r(axisY + 4), kind: 'tick' });
				const label = formatNumber(t, 'count');
				// The first tick label starts at the axis, the others are centred on their tick.
				texts.push({ x: r(x(t)), y: r(axisY + 18), text: label, anchor: t === ticks[0] ? 'start' : 'middle', kind: 'axis' });
			}
			y = axisY + 24;
		}
		y += 14;
	});
	return { width, height: r(y), rects, lines, paths: [], texts };
}
