import { metaTags, partJsonLd, reportJsonLd, type MetaTag } from '../lib/metadata';
import type { ReportModel } from '../model/report-model';
import type { SiteUrls } from './urls';

/** How a page is cited: the whole report, a section of it, or not at all (glossary, notes, 404). */
export type CiteAs = { kind: 'report' } | { kind: 'section'; section: string } | { kind: 'none' };

/** The meta tags and JSON-LD of one page, from the report model. */
export function pageMetadata(model: ReportModel, urls: SiteUrls, page: { title: string; path: string; description: string; cite: CiteAs }): { tags: MetaTag[]; jsonLd?: Record<string, unknown> } {
	const url = urls.absolute(page.path);
	const reportUrl = urls.absolute();
	if (page.cite.kind === 'report') {
		const parts = model.sections.map((s) => ({ title: s.title, url: urls.absolute(`${s.id}/`), position: s.order }));
		return { tags: metaTags(model.meta, { title: page.title, url, description: page.description, kind: 'report' }), jsonLd: reportJsonLd(model.meta, model.abstract, reportUrl, parts) };
	}
	if (page.cite.kind === 'none') return { tags: [] };
	const section = model.section(page.cite.section);
	const references = section.citedKeys.map((k) => model.reference(k).text);
	return {
		tags: metaTags(model.meta, { title: page.title, url, description: page.description, kind: 'part', references }),
		jsonLd: partJsonLd(model.meta, reportUrl, { title: page.title, url, description: page.description, position: section.order }),
	};
}
