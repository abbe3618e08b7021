import { getCollection } from 'astro:content';
import { citationOccurrences } from './citations';
import { entryInnerHtml, formatReferenceHtml } from './csl';
import { metaTags, partJsonLd, reportJsonLd, type MetaTag } from './metadata';
import { reportMeta } from './report';
import { readingOrder } from './sections';
import { route, sectionPath } from './urls';

/** How a page is cited: as the whole report, or as a part of it (a section, or the editorial notes). */
export type CiteAs = { kind: 'report' } | { kind: 'part'; section?: string };

const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The meta tags and JSON-LD of one page, from the report's data. */
export async function pageMetadata(site: URL, page: { title: string; path: string; description: string; cite: CiteAs }): Promise<{ tags: MetaTag[]; jsonLd: Record<string, unknown> }> {
	const report = await reportMeta();
	const sections = await readingOrder();
	const url = new URL(route(page.path), site).href;
	const reportUrl = new URL(route(), site).href;
	if (page.cite.kind === 'report') {
		const parts = sections.map((s) => ({ title: s.data.title, url: new URL(route(sectionPath(s.id)), site).href, position: s.data.order }));
		return { tags: metaTags(report, { title: page.title, url, description: page.description, kind: 'report' }), jsonLd: reportJsonLd(report, reportUrl, parts) };
	}
	const wanted = page.cite.section;
	const section = wanted ? sections.find((s) => s.id === wanted) : undefined;
	let references: string[] = [];
	if (section) {
		const keys = [...new Set(citationOccurrences(section.id, section.body ?? '').map((o) => o.key))];
		const all = new Map((await getCollection('references')).map((r) => [r.id, r.data]));
		references = keys.map((k) => plain(entryInnerHtml(formatReferenceHtml(all.get(k)!))));
	}
	return {
		tags: metaTags(report, { title: page.title, url, description: page.description, kind: 'part', references }),
		jsonLd: partJsonLd(report, reportUrl, { title: page.title, url, description: page.description, position: section?.data.order }),
	};
}
