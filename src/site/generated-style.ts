import type { ReportModel } from '../model/report-model';
import { cspSource } from './csp';
import { cardTriggers } from './section-notes';
import { cssString } from './zh-font';

export { cssString };

/**
 * The rules no static stylesheet can hold, written from the model for a page's <head>: the Chinese font's
 * @font-face (src/site/zh-font.ts: the font itself on a page that shows Chinese, its file's address on
 * any other; scoped by unicode-range to the characters it has), the running head of printed pages, the
 * report's title (CSS can put only a literal string or a counter in a page margin, not a custom property),
 * and which link shows which card on this page (src/site/section-notes.ts).
 */
export function generatedStyle(model: ReportModel, cards: Array<{ link: string; card: string }> = [], fontFace?: string): { css: string; hash: string } {
	const rules = [...(fontFace ? [fontFace] : []), `@page{@top-center{content:${cssString(model.meta.title)}}}`, ...(cards.length ? [cardTriggers(cards)] : [])];
	const css = rules.join('\n');
	return { css, hash: cspSource(css) };
}
