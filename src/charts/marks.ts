/** Marks a chart layout returns: plain numbers and strings, drawn by a thin SVG renderer. */

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
	/** A data bar, a box around text, or a node marker. */
	kind: 'bar' | 'box' | 'node';
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
	kind: 'axis' | 'tick' | 'reference' | 'link' | 'grid';
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
}

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
