import { wrap, type ChartModel } from '../charts/marks';
import type { FigureModel } from '../model/report-model';
import { sourceText } from './figure-views';

/**
 * Where everything stands in the site's pictures (a figure's standalone SVG and PNG, a page's share image):
 * pure layout, drawn by src/components/pictures/, the chart itself by the same Chart component the pages use.
 */

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
 * The chart rules of charts.css, light scheme, with literal colours. Kept to the selectors the Chart
 * component draws; `.chart` scopes them as on the page, so mark rules outrank the tone colours as they do there.
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

/** The stylesheet of a figure's picture: the chart's rules and its caption, source and credit lines. */
export function pictureStyles(t: typeof lightTheme = lightTheme): string {
	return [
		`.caption { font-size: 16px; fill: ${t.text}; }`,
		`.caption .label { font-weight: 700; fill: ${t.accent}; }`,
		`.source { font-size: 13px; fill: ${t.muted}; }`,
		`.credit { font-size: 12px; fill: ${t.muted}; }`,
		chartStyles(t),
	].join('\n');
}

/** Lines of at most `width` px of text at `size` px, estimated without measuring (about 0.55 em a character). */
export function textLines(text: string, width: number, size: number): string[] {
	return wrap(text, Math.max(8, Math.floor(width / (size * 0.55))));
}

/**
 * `textLines`, at most `count` of them: a text that needs more ends its last line with "…" after a whole word,
 * never cut inside one.
 */
export function textLinesAtMost(text: string, width: number, size: number, count: number): string[] {
	const lines = textLines(text, width, size);
	if (lines.length <= count) return lines;
	const max = Math.max(8, Math.floor(width / (size * 0.55)));
	let last = lines[count - 1]!;
	while (`${last}…`.length > max && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
	return [...lines.slice(0, count - 1), `${last.replace(/[\s,;:.–—-]+$/, '')}…`];
}

/** A block of text lines: where its first baseline is and how far apart the lines are. */
export interface TextBlockLayout {
	lines: string[];
	x: number;
	y: number;
	leading: number;
	className: string;
}

export interface PictureCredit {
	/** "Clusters and Innovation in China (SMU, 2026)". */
	work: string;
	licence: string;
	/** Absolute URL of the figure's page. */
	url: string;
}

/** A figure's standalone picture: a white page, its label and caption above the chart, its source and credit below. */
export interface FigurePictureLayout {
	id: string;
	width: number;
	height: number;
	title: string;
	description: string;
	styles: string;
	background: string;
	/** The caption's first line starts with the label, drawn bold in the accent colour, as in the figcaption. */
	caption: { x: number; y: number; label: string; firstRest: string; more: string[]; leading: number };
	chart: { model: ChartModel; transform: string };
	source: TextBlockLayout;
	credit: TextBlockLayout;
}

export function figurePictureLayout(figure: FigureModel, credit: PictureCredit): FigurePictureLayout {
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
	const label = `${figure.label}.`;
	return {
		id: `figure-${figure.id}`,
		width,
		height: Math.ceil(creditTop + (credits.length - 1) * 16 + pad),
		title: `${figure.label}. ${figure.caption}`,
		description: figure.description,
		styles: pictureStyles(),
		background: lightTheme.background,
		// The label always fits on line one.
		caption: { x: pad, y: captionTop, label, firstRest: caption[0]!.slice(label.length), more: caption.slice(1), leading: 22 },
		chart: { model: chart, transform: `translate(${chartLeft} ${chartTop})` },
		source: { lines: source, x: pad, y: footTop, leading: 18, className: 'source' },
		credit: { lines: credits, x: pad, y: creditTop, leading: 16, className: 'credit' },
	};
}

/** The size of an Open Graph / Twitter card image. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** What a share image shows: a kicker ("Section 3"), the page's title, the report's name, and for a figure its chart. */
export interface ShareImage {
	kicker: string;
	title: string;
	/** "Clusters and Innovation in China". */
	report: string;
	/** "Prepared for …, SMU · Draft report, 2026". */
	byline: string;
	chart?: { model: ChartModel; id: string };
}

/** A 1200 × 630 card: flat colours and few shapes, so its PNG stays small. */
export interface ShareImageLayout {
	width: number;
	height: number;
	left: number;
	inner: number;
	theme: typeof lightTheme;
	report: string;
	byline: string;
	/** The chart's rules, on a figure's card only: the fonts a card is drawn with follow from its styles. */
	chartStyles?: string;
	/** A figure's card: its label and caption above the chart, scaled to fit. */
	figure?: { title: TextBlockLayout; chart: { model: ChartModel; id: string; transform: string } };
	/** A page's card: its kicker, and its title large. */
	page?: { kicker: string; title: TextBlockLayout };
	styles: string;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function shareImageLayout(card: ShareImage): ShareImageLayout {
	const { width, height } = shareImageSize;
	const t = lightTheme;
	const left = 72;
	const inner = width - 2 * left;
	const styles = [`.share-figure-title { font-size: 28px; font-weight: 700; fill: ${t.text}; }`, `.share-title { font-weight: 700; fill: ${t.text}; }`, '.share-title-52 { font-size: 52px; }', '.share-title-64 { font-size: 64px; }'].join('\n');
	const base = { width, height, left, inner, theme: t, report: card.report, byline: card.byline, styles };
	if (card.chart) {
		const title = textLinesAtMost(`${card.kicker}. ${card.title}`, inner, 28, 2);
		const top = 128 + title.length * 36;
		const box = { x: left, y: top, w: inner, h: height - 112 - top };
		const scale = Math.min(box.w / card.chart.model.width, box.h / card.chart.model.height);
		const x = box.x + (box.w - card.chart.model.width * scale) / 2;
		return {
			...base,
			chartStyles: pictureStyles(),
			figure: {
				title: { lines: title, x: left, y: 128, leading: 36, className: 'share-figure-title' },
				chart: { ...card.chart, transform: `translate(${round(x)} ${round(box.y)}) scale(${round(scale)})` },
			},
		};
	}
	const size = card.title.length > 60 ? 52 : 64;
	const title = textLinesAtMost(card.title, inner, size, 4);
	return { ...base, page: { kicker: card.kicker, title: { lines: title, x: left, y: 170 + size * 1.3, leading: Math.round(size * 1.2), className: `share-title share-title-${size}` } } };
}
