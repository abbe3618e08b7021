/** Marks a chart layout returns: plain numbers and strings, drawn by a thin SVG renderer. */
import { range, tickIncrement } from 'd3';
import { boldWidths, regularWidths } from './text-widths';

/**
 * The two layouts every chart has. Each is drawn at its viewBox width and shown (src/styles/charts.css)
 * only where its figure is at least that wide, so the drawing is never scaled down and its text never
 * renders below the sizes in `fontSize`. `compact` is the narrowest column the site has (a 320 px phone);
 * `wide` is shown from 640 px and is what the standalone pictures and share images draw.
 */
export const chartSizes = { compact: 288, wide: 640 } as const;
export type ChartSize = keyof typeof chartSizes;

/** Below this width a layout stacks what the wide one sets side by side. */
export const narrow = (width: number) => width < 480;

export interface TextMark {
	x: number;
	y: number;
	text: string;
	/** SVG text-anchor. */
	anchor: 'start' | 'middle' | 'end';
	/** A class from the chart stylesheet: label, value, axis, title, note, strong. */
	kind: 'label' | 'value' | 'axis' | 'title' | 'note' | 'strong';
}

export interface RectMark {
	/** A data bar, a box around text, a node marker, an outline (where a detail map lies), or a detail map's panel. */
	kind: 'bar' | 'box' | 'node' | 'frame' | 'panel';
	x: number;
	y: number;
	w: number;
	h: number;
	/** Okabe–Ito colour slot, 0–7. */
	tone: number;
	label?: string;
}

export interface LineMark {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	kind: 'axis' | 'tick' | 'reference' | 'link' | 'grid' | 'leader' | 'frame';
}

export interface PathMark {
	d: string;
	kind: 'link' | 'arrow' | 'land';
	tone?: number;
}

/** A point of interest, drawn as a circle and linked to the section that discusses it. */
export interface PointMark {
	x: number;
	y: number;
	radius: number;
	/** A place (small dot) or an area such as a delta (ring). */
	kind: 'place' | 'area';
	label: string;
	/** The label broken into lines that fit beside the point. */
	lines: string[];
	/** Where the label sits, and how it is anchored there. */
	labelX: number;
	labelY: number;
	anchor: TextMark['anchor'];
	/** Id of the section it links to, when one discusses it. */
	section?: string;
	/** A line from the point to a label set apart from it. */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** Everything a renderer needs: the viewBox size and the marks in drawing order. */
export interface ChartModel {
	width: number;
	height: number;
	rects: RectMark[];
	lines: LineMark[];
	paths: PathMark[];
	texts: TextMark[];
	points?: PointMark[];
	/** Area marks (rings) are clipped to the land path, so a delta is never drawn out to sea. */
	clipAreasToLand?: boolean;
}

/** Font size in px of each kind of text (src/styles/charts.css sets the same; a unit test compares them). */
export const fontSize: Record<TextMark['kind'], number> = { label: 13, value: 13, axis: 12, title: 14, note: 12, strong: 13 };
const bold = new Set<TextMark['kind']>(['title', 'strong', 'value']);

/** Estimated advance width of a text of a kind, in px: a little wide, never narrow, in the page's fonts. */
export function textWidth(text: string, kind: TextMark['kind']): number {
	const table = bold.has(kind) ? boldWidths : regularWidths;
	let em = 0;
	for (const ch of text) em += table[ch] ?? 1;
	return em * fontSize[kind] * 1.03;
}

/** Breaks a text into lines no wider than `px` at its kind's size (one over-long word keeps its own line). */
export function wrapPx(text: string, px: number, kind: TextMark['kind']): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && textWidth(`${line} ${word}`, kind) > px) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** The box a text takes, from its anchor and baseline: the ascent above, the descent below. */
export function textBox(t: Pick<TextMark, 'x' | 'y' | 'text' | 'anchor' | 'kind'>): Box {
	const w = textWidth(t.text, t.kind);
	const size = fontSize[t.kind];
	const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
	return { x0, y0: t.y - size * 0.93, x1: x0 + w, y1: t.y + size * 0.24 };
}

/** Line spacing of a map label's lines. */
export const labelLeading = 15;

/** Every text of a model with its box: plain texts and the lines of point labels. */
export function textBoxes(model: ChartModel): Array<{ text: string; box: Box }> {
	const boxes = model.texts.map((t) => ({ text: t.text, box: textBox(t) }));
	for (const p of model.points ?? []) {
		p.lines.forEach((line, i) => boxes.push({ text: line, box: textBox({ x: p.labelX, y: p.labelY + i * labelLeading, text: line, anchor: p.anchor, kind: p.kind === 'area' ? 'note' : 'label' }) }));
	}
	return boxes;
}

export const intersects = (a: Box, b: Box, gap = 0) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
export const insideBox = (a: Box, outer: Box) => a.x0 >= outer.x0 && a.y0 >= outer.y0 && a.x1 <= outer.x1 && a.y1 <= outer.y1;

/** Rounds to one decimal so snapshots and SVG stay stable and small. */
export function r(n: number): number {
	return Math.round(n * 10) / 10;
}

/**
 * Breaks a label into lines of at most `max` characters at spaces, so that labels fit a column
 * without measuring text (there is no DOM at build time).
 */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && `${line} ${word}`.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The ticks of an axis from zero that ends at the first round tick at or past the largest value: the step
 * d3 picks for about `count` ticks (1, 2 or 5 times a power of ten), and no further (d3's `nice()` may
 * widen the step again and run the axis on past the data). All zero: a single tick at zero.
 */
export function axisTicks(max: number, count: number): number[] {
	if (!(max > 0)) return [0];
	const step = tickIncrement(0, max, count);
	// A step below 1 comes back as the negated inverse (-10 for 0.1).
	const size = step > 0 ? step : -1 / step;
	const n = Math.ceil(max / size - 1e-9);
	return range(n + 1).map((i) => (step > 0 ? i * step : i / -step));
}
