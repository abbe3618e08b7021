import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { noteMarkerAnchor } from '../model/build';
import type { ReportModel } from '../model/report-model';
import type { SiteUrls } from '../site/urls';

/** HTML the site's own formatter wrote (citation entries): inserted as it is, never built from raw content. */
export const trusted = (value: string): ElementContent => ({ type: 'raw', value }) as unknown as ElementContent;

/** The marker of a doubtful passage: a link to its editorial note, the note itself on hover, focus and in print. */
export function editorialNote(model: ReportModel, urls: SiteUrls, id: string): Element {
	const card = `${noteMarkerAnchor(id)}-card`;
	return h('span.ednote', [
		h('a.ednote-marker', { id: noteMarkerAnchor(id), href: urls.page('editorial-notes/', id), ariaDescribedBy: card }, [h('span', { ariaHidden: 'true' }, '['), 'Editors’ note', h('span', { ariaHidden: 'true' }, ']')]),
		h('span.cite-card.ednote-card', { role: 'tooltip', id: card, dataPagefindIgnore: 'all' }, model.erratum(id).reason),
	]);
}

/** "(温州, Wēnzhōu)": a name in Chinese characters and pinyin, each marked with its language. */
export function chineseName(chinese: string, pinyin?: string): Element {
	return h('span.zh-name', ['(', h('span', { lang: 'zh-Hans' }, chinese), ...(pinyin ? [', ', h('i', { lang: 'zh-Latn-pinyin' }, pinyin)] : []), ')']);
}


/** The same, as HTML, for a page that draws it outside a section (the glossary). */
export function chineseNameHtml(chinese: string, pinyin?: string): string {
	return toHtml(chineseName(chinese, pinyin));
}
