import type { Person } from '../schemas/person';
import type { Report } from '../schemas/report';

/** One `<meta>` tag: `name` for Highwire, Dublin Core and Twitter; `property` for Open Graph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** What a page is, for the tags that describe it to reference managers and search engines. */
export interface PageDescription {
	/** The page's own title: a section title, or the report's for the whole report. */
	title: string;
	/** Absolute URL of the page. */
	url: string;
	description: string;
	/** The whole report, or one part of it. */
	kind: 'report' | 'part';
	/** Works this page cites, formatted, one `citation_reference` each. */
	references?: string[];
}

const slashDate = (iso: string) => iso.replace(/-/g, '/');

function personName(p: Person): string {
	return 'literal' in p ? p.literal : p.given ? `${p.family}, ${p.given}` : p.family;
}

/**
 * Highwire Press `citation_*` tags (what Google Scholar and Zotero read), Dublin Core as a fallback
 * (without `DC.type`, which Zotero would leak into the report type), Open Graph and Twitter tags.
 */
export function metaTags(report: Report, page: PageDescription): MetaTag[] {
	const reportTitle = `${report.title}: ${report.subtitle}`;
	const tags: MetaTag[] = [{ name: 'citation_title', content: page.kind === 'report' ? reportTitle : page.title }];
	for (const a of report.authors) tags.push({ name: 'citation_author', content: personName(a) });
	tags.push(
		{ name: 'citation_publication_date', content: slashDate(report.dates.published) },
		{ name: 'citation_online_date', content: slashDate(report.dates.modified) },
		{ name: 'citation_technical_report_institution', content: report.institution },
		{ name: 'citation_technical_report_number', content: `Version ${report.version}` },
		{ name: 'citation_language', content: report.language },
		{ name: 'citation_public_url', content: page.url },
		{ name: 'citation_abstract_html_url', content: page.url },
	);
	if (page.kind === 'part') tags.push({ name: 'citation_inbook_title', content: reportTitle });
	for (const ref of page.references ?? []) tags.push({ name: 'citation_reference', content: ref });
	tags.push({ name: 'DC.title', content: page.kind === 'report' ? reportTitle : page.title });
	for (const a of report.authors) tags.push({ name: 'DC.creator', content: personName(a) });
	tags.push(
		{ name: 'DC.publisher', content: report.institution },
		{ name: 'DC.date', content: report.dates.published },
		{ name: 'DC.language', content: report.language },
		{ name: 'DC.identifier', content: page.url },
		{ name: 'DC.rights', content: report.licence.name },
	);
	if (page.kind === 'part') tags.push({ name: 'DC.relation.ispartof', content: reportTitle });
	tags.push(
		{ property: 'og:type', content: 'article' },
		{ property: 'og:title', content: page.title },
		{ property: 'og:description', content: page.description },
		{ property: 'og:url', content: page.url },
		{ property: 'og:site_name', content: report.title },
		{ property: 'og:locale', content: report.language === 'en' ? 'en_GB' : report.language },
		{ name: 'twitter:card', content: 'summary' },
		{ name: 'twitter:title', content: page.title },
		{ name: 'twitter:description', content: page.description },
	);
	return tags;
}

function schemaPerson(p: Person): Record<string, string> {
	return 'literal' in p ? { '@type': 'Organization', name: p.literal } : { '@type': 'Person', familyName: p.family, ...(p.given ? { givenName: p.given } : {}), name: [p.given, p.family].filter(Boolean).join(' ') };
}

/** The report as a schema.org `Report`, with each section a part of it. */
export function reportJsonLd(report: Report, abstract: string, url: string, parts: Array<{ title: string; url: string; position: number }>): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Report',
		'@id': url,
		url,
		name: report.title,
		alternativeHeadline: report.subtitle,
		abstract,
		inLanguage: report.language,
		datePublished: report.dates.published,
		dateModified: report.dates.modified,
		version: report.version,
		creativeWorkStatus: report.status,
		license: report.licence.url,
		publisher: { '@type': 'Organization', name: report.institution },
		...(report.authors.length ? { author: report.authors.map(schemaPerson) } : {}),
		hasPart: parts.map((p) => ({ '@type': 'CreativeWork', '@id': p.url, name: p.title, url: p.url, position: p.position })),
	};
}

/** A section describing itself as part of the report. */
export function partJsonLd(report: Report, reportUrl: string, part: { title: string; url: string; position?: number; description: string }): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'CreativeWork',
		'@id': part.url,
		url: part.url,
		name: part.title,
		description: part.description,
		inLanguage: report.language,
		datePublished: report.dates.published,
		dateModified: report.dates.modified,
		...(part.position !== undefined ? { position: part.position } : {}),
		...(report.authors.length ? { author: report.authors.map(schemaPerson) } : {}),
		publisher: { '@type': 'Organization', name: report.institution },
		isPartOf: { '@type': 'Report', '@id': reportUrl, name: `${report.title}: ${report.subtitle}`, url: reportUrl },
	};
}
