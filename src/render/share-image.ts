import { s } from 'hastscript';
import type { ChartModel } from '../charts/marks';
import { chartMarks, lightTheme, pictureFonts, pictureStyles, svgDocument, textBlock, textLines } from './figure-picture';

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

/**
 * A 1200 × 630 card as SVG: flat colours and few shapes, so its PNG stays small. A page's card shows its
 * title large; a figure's card shows its label and caption above the chart, scaled to fit.
 */
export function shareImageSvg(card: ShareImage): string {
	const { width, height } = shareImageSize;
	const t = lightTheme;
	const left = 72;
	const inner = width - 2 * left;
	const children = [
		// The chart's rules only on a figure's card: the fonts a card is drawn with follow from its styles.
		...(card.chart ? [s('style', pictureStyles())] : []),
		s('rect', { width, height, fill: '#fffefb' }),
		s('rect', { width: 16, height, fill: t.accent }),
		s('text', { x: left, y: 78, fontSize: 26, fontWeight: 700, fill: t.accent }, card.report),
		s('rect', { x: left, y: height - 92, width: inner, height: 2, fill: '#d9d5cc' }),
		s('text', { x: left, y: height - 50, fontSize: 22, fill: t.muted }, card.byline),
	];
	if (card.chart) {
		const title = textLines(`${card.kicker}. ${card.title}`, inner, 28).slice(0, 2);
		children.push(textBlock(title, { x: left, y: 128, leading: 36, className: 'share-figure-title' }));
		const top = 128 + title.length * 36;
		const box = { x: left, y: top, w: inner, h: height - 112 - top };
		const scale = Math.min(box.w / card.chart.model.width, box.h / card.chart.model.height);
		const x = box.x + (box.w - card.chart.model.width * scale) / 2;
		children.push(chartMarks(card.chart.model, card.chart.id, `translate(${round(x)} ${round(box.y)}) scale(${round(scale)})`));
	} else {
		children.push(s('text', { x: left, y: 170, fontSize: 26, fill: t.muted, fontWeight: 700 }, card.kicker));
		const size = card.title.length > 60 ? 52 : 64;
		const title = textLines(card.title, inner, size).slice(0, 4);
		children.push(textBlock(title, { x: left, y: 170 + size * 1.3, leading: Math.round(size * 1.2), className: `share-title share-title-${size}` }));
	}
	return svgDocument(
		s('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, fontFamily: pictureFonts }, [
			...children,
			s('style', [`.share-figure-title { font-size: 28px; font-weight: 700; fill: ${t.text}; }`, `.share-title { font-weight: 700; fill: ${t.text}; }`, '.share-title-52 { font-size: 52px; }', '.share-title-64 { font-size: 64px; }'].join('\n')),
		]),
	);
}

const round = (n: number) => Math.round(n * 1000) / 1000;
