import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { noteMarkerAnchor } from '../model/build';
import type { ReportModel } from '../model/report-model';
import type { SiteUrls } from '../site/urls';

/** HTML the site's own formatter wrote (citation entries): inserted as it is, never built from raw content. */
export const trusted = (value: string): ElementContent => ({ type: 'raw', value }) as unknown as ElementContent;

/**
 * The marker of a doubtful passage: a link to its editorial note, the note itself on hover, focus and in print.
 * The content writes it right after its word, and nothing is put between them: with no space there, a
 * line cannot break between the word and the marker.
 */
export function editorialNote(model: ReportModel, urls: SiteUrls, id: string): Element {
	const card = `${noteMarkerAnchor(id)}-card`;
	return h('span.ednote', [
		h('a.ednote-marker', { id: noteMarkerAnchor(id), href: urls.page('editorial-notes/', id), ariaDescribedBy: card }, [h('span', { ariaHidden: 'true' }, '['), 'Editors’ note', h('span', { ariaHidden: 'true' }, ']')]),
		h('span.cite-card.ednote-card', { role: 'tooltip', id: card, dataPagefindIgnore: 'all' }, model.erratum(id).reason),
	]);
}

/**
 * A heading with its self-link: the "#" follows the heading's last word (the two are inline, with no break
 * between them), so it stays beside the text however the heading wraps. `text` names the link for screen readers.
 */
export function selfLinkedHeading(heading: { level: number; id: string; text: string; children?: ElementContent[]; className?: string; variant?: string; before?: ElementContent[]; href?: string }): Element {
	const { level, id, text, href, className, variant = `heading-${level}`, before = [] } = heading;
	const children = heading.children ?? (href ? [h('a', { href }, text)] : [{ type: 'text' as const, value: text }]);
	return h(`div.heading.${variant}`, [
		...before,
		h(`h${level}`, { id, className, dataPermalink: true }, children),
		h('a.self-link', { dataPagefindIgnore: true, href: `#${id}` }, [h('span', { ariaHidden: 'true' }, '#'), h('span.visually-hidden', `Permalink to “${text}”`)]),
	]);
}

/** The same, as HTML, for the pages that write their headings in their templates. */
export const selfLinkedHeadingHtml = (...args: Parameters<typeof selfLinkedHeading>): string => toHtml(selfLinkedHeading(...args));

/** "(温州, Wēnzhōu)": a name in Chinese characters and pinyin, each marked with its language. */
export function chineseName(chinese: string, pinyin?: string): Element {
	return h('span.zh-name', ['(', h('span', { lang: 'zh-Hans' }, chinese), ...(pinyin ? [', ', h('i', { lang: 'zh-Latn-pinyin' }, pinyin)] : []), ')']);
}


/** The same, as HTML, for a page that draws it outside a section (the glossary). */
export function chineseNameHtml(chinese: string, pinyin?: string): string {
	return toHtml(chineseName(chinese, pinyin));
}
