import { scaleLinear } from 'd3';
import { type ChartModel, type LineMark, type RectMark, type TextMark, r, wrap } from './marks';

/** One panel: a title and a few labelled bars sharing a scale. */
export interface BarPanel {
	title: string;
	bars: Array<{ id: string; label: string; value: number; display: string }>;
}

/**
 * Panels of horizontal bars stacked vertically, each panel on its own scale (their units differ),
 * each bar labelled with its name above and its value at its end.
 */
export function layoutPanels(panels: BarPanel[], { width = 420 } = {}): ChartModel {
	const left = 12;
	const right = 84;
	const barHeight = 20;
	const rowHeight = 46;
	const rects: RectMark[] = [];
	const texts: TextMark[] = [];
	const lines: LineMark[] = [];
	let y = 8;
	panels.forEach((panel, p) => {
		const titleLines = wrap(panel.title, 52);
		titleLines.forEach((line, i) => texts.push({ x: left, y: r(y + 16 + i * 18), text: line, anchor: 'start', kind: 'title' }));
		y += 16 + titleLines.length * 18;
		const x = scaleLinear()
			.domain([0, Math.max(0, ...panel.bars.map((b) => b.value))])
			.range([left, width - right]);
		const top = y;
		panel.bars.forEach((bar) => {
			texts.push({ x: left, y: r(y + 14), text: bar.label, anchor: 'start', kind: 'label' });
			const w = Math.max(1.5, x(bar.value) - x(0));
			rects.push({ kind: 'bar', x: left, y: r(y + 20), w: r(w), h: barHeight, tone: p === 0 ? 4 : 5, label: `${bar.label}: ${bar.display}` });
			texts.push({ x: r(left + w + 6), y: r(y + 20 + barHeight / 2 + 5), text: bar.display, anchor: 'start', kind: 'value' });
			y += rowHeight;
		});
		if (panel.bars.length) lines.push({ x1: left, y1: r(top + 16), x2: left, y2: r(y), kind: 'axis' });
		y += 14;
	});
	return { width, height: r(y), rects, lines, paths: [], texts };
}
