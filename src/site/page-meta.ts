import { jsonLd, metaTags, type MetaTag, type PageRecord } from '../citation';
import type { ReportModel } from '../model/report-model';
import type { SiteUrls } from './urls';

/** How a page is cited: the whole report, a section of it, or not at all (glossary, notes, 404). */
export type CiteAs = { kind: 'report' } | { kind: 'section'; section: string } | { kind: 'none' };

/**
 * The meta tags and JSON-LD of one page, from the report model. The home page and the whole-report page
 * describe one work, the report, at its one canonical address (the home page).
 */
export function pageMetadata(model: ReportModel, urls: SiteUrls, page: { title: string; path: string; description: string; cite: CiteAs }): { tags: MetaTag[]; jsonLd?: Record<string, unknown> } {
	const reportUrl = urls.absolute();
	const record: PageRecord =
		page.cite.kind === 'report'
			? { kind: 'report', url: reportUrl, description: page.description }
			: page.cite.kind === 'section'
				? { kind: 'section', title: page.title, url: urls.absolute(page.path), reportUrl, description: page.description, references: model.section(page.cite.section).citedKeys.map((k) => model.reference(k).text) }
				: { kind: 'none', title: page.title, url: urls.absolute(page.path), description: page.description };
	const parts = model.sections.map((s) => ({ title: s.title, url: urls.absolute(`${s.id}/`), position: s.order }));
	const ld = jsonLd(model.meta, record, parts);
	return { tags: metaTags(model.meta, record), ...(ld ? { jsonLd: ld } : {}) };
}
