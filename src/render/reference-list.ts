import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ReferenceModel, ReportModel } from '../model/report-model';
import type { SiteUrls } from '../site/urls';
import { trusted } from './inline';

/**
 * A formatted entry with its web address made a link. The link is built from the reference's `url`
 * field (checked to be http or https), never by searching the formatted HTML for things that look
 * like addresses; only the escaped text of that one address is replaced.
 */
export function entryWithLink(entry: ReferenceModel): string {
	const url = entry.ref.url;
	if (!url) return entry.html;
	const shown = toHtml({ type: 'text', value: url });
	const link = toHtml(h('a.reference-url', { href: url }, url));
	return entry.html.includes(shown) ? entry.html.replace(shown, () => link) : `${entry.html} ${link}`;
}

/** What the list says about where a work is cited: the text, a figure, or nowhere. */
function citedWhere(model: ReportModel, urls: SiteUrls, entry: ReferenceModel): ElementContent[] {
	const out: ElementContent[] = [];
	entry.citedIn.forEach(({ section, title, anchors }, gi) => {
		if (gi > 0) out.push({ type: 'text', value: ', ' });
		out.push(h('a', { href: urls.section(section) }, title), { type: 'text', value: ' ' });
		anchors.forEach((anchor, i) => {
			out.push(h('a.backlink', { href: urls.section(section, anchor), ariaLabel: `citation ${i + 1} in ${title}` }, ['↩', ...(anchors.length > 1 ? [h('sup', String(i + 1))] : [])]));
		});
	});
	const figures = entry.figureSources.map((id) => model.figure(id));
	if (out.length && figures.length) out.push({ type: 'text', value: '; ' });
	figures.forEach((figure, i) => {
		if (i > 0) out.push({ type: 'text', value: ', ' });
		const role = figure.source?.ref.id === entry.key ? 'source of ' : 'for more information in ';
		out.push({ type: 'text', value: role }, h('a', { href: urls.section(figure.section, figure.anchor) }, figure.label));
	});
	const text = (value: string): ElementContent => ({ type: 'text', value });
	return out.length ? [text('Cited in '), ...out] : [text(entry.ref.draft ? 'Listed in the draft’s references; not cited in the text.' : 'Not cited in the text.')];
}

/** The bibliography, each work with links back to every place that cites it. */
export function referenceList(model: ReportModel, urls: SiteUrls): Element {
	return h(
		'ol.reference-list',
		model.references.map((entry) =>
			h('li', { id: entry.anchor, dataPermalink: true }, [
				h('p.reference', [trusted(entryWithLink(entry)), ...(entry.ref.note ? [h('span.reference-note', ` ${entry.ref.note}`)] : [])]),
				h('p.backlinks', citedWhere(model, urls, entry)),
			]),
		),
	);
}
