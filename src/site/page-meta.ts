import { jsonLd, metaTags, type MetaTag, type PageRecord } from '../citation';
import type { ReportModel } from '../model/report-model';
import type { SiteUrls } from './urls';

/** How a page is cited: the whole report, a section or a figure of it, or not at all (glossary, notes, 404). */
export type CiteAs = { kind: 'report' } | { kind: 'section'; section: string } | { kind: 'figure'; figure: string } | { kind: 'none' };

/**
 * The meta tags, JSON-LD and canonical address of one page, from the report model. The home page and the
 * whole-report page describe one work, the report, at its one canonical address (the home page, which every
 * citation of the report gives): that is the canonical link, `og:url`, `DC.identifier` and `@id` of both, and
 * the whole-report page is the report's full text. Every other page is its own canonical address.
 */
export function pageMetadata(model: ReportModel, urls: SiteUrls, page: { title: string; path: string; description: string; cite: CiteAs }): { tags: MetaTag[]; jsonLd?: Record<string, unknown>; canonical: string } {
	const reportUrl = urls.absolute();
	const url = urls.absolute(page.path);
	const cite = page.cite;
	const record: PageRecord =
		cite.kind === 'report'
			? { kind: 'report', url: reportUrl, fullTextUrl: urls.absolute('report/'), description: page.description }
			: cite.kind === 'section'
				? { kind: 'section', title: page.title, url, reportUrl, description: page.description, references: model.section(cite.section).citedKeys.map((k) => model.reference(k).text) }
				: cite.kind === 'figure'
					? { kind: 'figure', title: page.title, url, reportUrl, description: page.description }
					: { kind: 'none', title: page.title, url, description: page.description };
	const parts = model.sections.map((s) => ({ title: s.title, url: urls.absolute(`${s.id}/`), position: s.order }));
	const ld = jsonLd(model.meta, record, parts);
	return { tags: metaTags(model.meta, record), ...(ld ? { jsonLd: ld } : {}), canonical: record.url };
}
