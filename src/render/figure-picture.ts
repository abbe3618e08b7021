import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import { wrap } from '../charts/marks';
import type { ChartModel } from '../charts/marks';
import type { FigureModel } from '../model/report-model';
import { chartSvg } from './chart-svg';
import { sourceText } from './figure';

/**
 * The fonts of every picture: the page's interface stack, then the fonts the PNG renderer is given
 * (Noto Sans, Noto Sans Hans for Chinese), then generic families, so a viewer without them degrades well.
 */
export const pictureFonts = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Noto Sans Hans', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** The light theme's colours (src/styles/report.css, charts.css), written out: a standalone file has no CSS variables. */
export const lightTheme = {
	text: '#1b1b1b',
	muted: '#4d4d4d',
	background: '#ffffff',
	surface: '#f4f2ec',
	accent: '#0b5c8e',
	tones: ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#000000'],
} as const;

/**
 * The chart rules of charts.css, light scheme, with literal colours. Kept to the selectors chartSvg
 * draws; `.chart` scopes them as on the page, so mark rules outrank the tone colours as they do there.
 * The page's weight 650 is written 700: resvg matches only the standard weights of the fonts it has.
 */
export function chartStyles(t: typeof lightTheme = lightTheme): string {
	return [
		`.chart text { fill: ${t.text}; }`,
		'.chart .text-title { font-weight: 700; font-size: 14px; }',
		'.chart .text-strong { font-weight: 700; }',
		'.chart .text-value { font-variant-numeric: tabular-nums; font-weight: 600; }',
		`.chart .text-axis { font-size: 12px; fill: ${t.muted}; }`,
		`.chart .text-note { font-size: 12px; font-style: italic; fill: ${t.muted}; }`,
		...t.tones.map((c, i) => `.tone-${i} { fill: ${c}; stroke: ${c}; }`),
		'.chart .mark-bar { stroke: none; }',
		'.chart .mark-box { fill-opacity: 0.14; stroke-width: 1; }',
		'.chart .mark-node { stroke: none; }',
		`.chart .line-axis { stroke: ${t.text}; stroke-width: 1; }`,
		`.chart .line-tick { stroke: ${t.text}; stroke-width: 1; }`,
		`.chart .line-reference { stroke: ${t.muted}; stroke-width: 1.5; stroke-dasharray: 4 3; }`,
		`.chart .path-link { fill: none; stroke: ${t.muted}; stroke-width: 1.2; }`,
		`.chart .path-arrow { fill: none; stroke: ${t.text}; stroke-width: 1.5; }`,
		`.chart .arrowhead { fill: ${t.text}; }`,
		`.chart .path-land { fill: ${t.surface}; stroke: ${t.muted}; stroke-width: 0.8; }`,
		`.chart .point-place { fill: ${t.tones[5]}; stroke: ${t.background}; stroke-width: 1; }`,
		`.chart .point-area { fill: ${t.tones[4]}; fill-opacity: 0.15; stroke: ${t.tones[4]}; stroke-width: 1; stroke-dasharray: 3 2; }`,
		`.chart .point-centre { fill: ${t.tones[4]}; }`,
		'.chart .point-target { fill: none; }',
		`.chart .line-leader { stroke: ${t.muted}; stroke-width: 0.8; }`,
		`.chart .mark-frame { fill: none; stroke: ${t.text}; stroke-width: 1; }`,
		`.chart .mark-panel { fill: ${t.background}; stroke: ${t.muted}; stroke-width: 1; }`,
	].join('\n');
}

/** Lines of at most `width` px of text at `size` px, estimated without measuring (about 0.55 em a character). */
export function textLines(text: string, width: number, size: number): string[] {
	return wrap(text, Math.max(8, Math.floor(width / (size * 0.55))));
}

/** A multi-line text element: one tspan a line, `leading` px apart. */
export function textBlock(lines: string[], at: { x: number; y: number; leading: number; className: string }, lead?: ElementContent): Element {
	return s(
		'text',
		{ class: at.className, x: at.x, y: at.y },
		lines.map((line, i) => s('tspan', { x: at.x, dy: i === 0 ? 0 : at.leading }, i === 0 && lead ? [lead, ` ${line}`] : line)),
	);
}

/** The chart's marks as a group (no title or description: the picture has its own), scoped by `.chart`. */
export function chartMarks(chart: ChartModel, id: string, transform?: string): Element {
	const svg = chartSvg(chart, { id, title: '', description: '' });
	const marks = svg.children.filter((c) => !(c.type === 'element' && (c.tagName === 'title' || c.tagName === 'desc')));
	return s('g', { class: 'chart', transform }, marks as Element[]);
}

/** Serialises an SVG tree as a standalone XML document. */
export function svgDocument(root: Element): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${toHtml(root, { space: 'svg', closeSelfClosing: true, closeEmptyElements: true, tightSelfClosing: false, allowDangerousCharacters: false })}\n`;
}

export interface PictureCredit {
	/** "Clusters and Innovation in China (SMU, 2026)". */
	work: string;
	licence: string;
	/** Absolute URL of the figure's page. */
	url: string;
}

/**
 * A figure as a standalone SVG file: a white page with its label and caption above the chart and its
 * source and credit below, every style inlined, fonts with generic fallbacks. Valid on its own.
 */
export function figurePictureSvg(figure: FigureModel, credit: PictureCredit): string {
	const pad = 24;
	const chart = figure.chart;
	const width = Math.max(chart.width + 2 * pad, 560);
	const inner = width - 2 * pad;
	const caption = textLines(`${figure.label}. ${figure.caption}`, inner, 16);
	const captionTop = pad + 16;
	const chartTop = captionTop + (caption.length - 1) * 22 + 20;
	const chartLeft = Math.round((width - chart.width) / 2);
	const footTop = chartTop + chart.height + 28;
	const source = textLines(`${figure.series === 'editors' ? 'Added by the editors. ' : ''}${sourceText(figure)}`, inner, 13);
	const credits = textLines(`From ${credit.work}, ${credit.url} (${credit.licence}).`, inner, 12);
	const creditTop = footTop + source.length * 18;
	const height = Math.ceil(creditTop + (credits.length - 1) * 16 + pad);
	// The label is drawn bold in the accent colour, as in the figcaption; it always fits on line one.
	const label = `${figure.label}.`;
	const firstRest = caption[0].slice(label.length);
	const id = `figure-${figure.id}`;
	const root = s(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			width,
			height,
			viewBox: `0 0 ${width} ${height}`,
			role: 'img',
			ariaLabelledBy: `${id}-title`,
			ariaDescribedBy: `${id}-desc`,
			fontFamily: pictureFonts,
			fontSize: 13,
		},
		[
			s('title', { id: `${id}-title` }, `${figure.label}. ${figure.caption}`),
			s('desc', { id: `${id}-desc` }, figure.description),
			s('style', pictureStyles()),
			s('rect', { width, height, fill: lightTheme.background }),
			s('text', { class: 'caption', x: pad, y: captionTop }, [s('tspan', { class: 'label' }, label), firstRest, ...caption.slice(1).map((line) => s('tspan', { x: pad, dy: 22 }, line))]),
			chartMarks(chart, id, `translate(${chartLeft} ${chartTop})`),
			textBlock(source, { x: pad, y: footTop, leading: 18, className: 'source' }),
			textBlock(credits, { x: pad, y: creditTop, leading: 16, className: 'credit' }),
		],
	);
	return svgDocument(root);
}

/** The stylesheet of a picture: the chart's rules and its caption, source and credit lines. */
export function pictureStyles(t: typeof lightTheme = lightTheme): string {
	return [
		`.caption { font-size: 16px; fill: ${t.text}; }`,
		`.caption .label { font-weight: 700; fill: ${t.accent}; }`,
		`.source { font-size: 13px; fill: ${t.muted}; }`,
		`.credit { font-size: 12px; fill: ${t.muted}; }`,
		chartStyles(t),
	].join('\n');
}
