import { displayName, fullTitle, sortName } from '../format/names';
import type { Person } from '../schemas/person';
import type { Report } from '../schemas/report';

/** A `<meta>` element: `name` for Highwire, Dublin Core and Twitter, `property` for Open Graph. Contents are plain text. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/**
 * What a page is, for its metadata. The report (home page and `/report/` alike, at the report's one canonical
 * URL, its full text at `fullTextUrl`) and each of its parts, a section or a figure, are scholarly works;
 * every other page (glossary, editorial notes, references, 404) is `none` and carries no citation record.
 */
export type PageRecord =
	| { kind: 'report'; url: string; fullTextUrl: string; description: string; references?: string[] }
	| { kind: 'section' | 'figure'; title: string; url: string; reportUrl: string; description: string; references?: string[] }
	| { kind: 'none'; title: string; url: string; description: string };

type WorkRecord = Extract<PageRecord, { kind: 'report' | 'section' | 'figure' }>;

/** The report's title as shown on the site, `title: subtitle`. */
const displayTitle = (report: Report) => fullTitle(report);

/** `2026-11-28` as Google Scholar wants it, `2026/11/28`. */
const slashDate = (iso: string) => iso.replace(/-/g, '/');

const personName = sortName;

/** Refuses text that still holds a `{placeholder}` or is already HTML-escaped: it would reach readers as written. */
function plain(text: string, what: string): string {
	const placeholder = /\{[^{}\s]*\}/.exec(text);
	if (placeholder) throw new Error(`${what} still contains the placeholder ${placeholder[0]}: fill it in before making metadata`);
	const entity = /&(?:#\d+|#x[\da-f]+|amp|lt|gt|quot|apos|nbsp);/i.exec(text);
	if (entity) throw new Error(`${what} contains the HTML entity ${entity[0]}: pass plain text, which is escaped once when the page is written`);
	return text;
}

/**
 * The Highwire record, in the order Zotero's Embedded Metadata translator needs it: it takes the item type
 * from the last type-giving tag, so a part of the report names its container (`citation_inbook_title`, a
 * book section) and its publisher as `citation_publisher` (`citation_technical_report_institution` would make
 * it a report); the report names its institution, which makes it a report. `citation_public_url` is the one
 * URL Zotero records (before `og:url`), the work's own address.
 */
function citationRecord(report: Report, page: WorkRecord): MetaTag[] {
	const tags: MetaTag[] = [{ name: 'citation_title', content: page.kind === 'report' ? displayTitle(report) : page.title }];
	for (const author of report.authors) tags.push({ name: 'citation_author', content: personName(author) });
	for (const editor of report.editors ?? []) tags.push({ name: 'citation_editor', content: personName(editor) });
	tags.push({ name: 'citation_publication_date', content: slashDate(report.dates.published) });
	if (page.kind === 'report') tags.push({ name: 'citation_technical_report_institution', content: report.institution });
	else tags.push({ name: 'citation_publisher', content: report.institution }, { name: 'citation_inbook_title', content: displayTitle(report) });
	tags.push(
		{ name: 'citation_language', content: report.language },
		{ name: 'citation_public_url', content: page.url },
		{ name: 'citation_abstract_html_url', content: page.url },
		{ name: 'citation_fulltext_html_url', content: page.kind === 'report' ? page.fullTextUrl : page.url },
	);
	for (const reference of page.references ?? []) tags.push({ name: 'citation_reference', content: plain(reference, 'a citation_reference') });
	return tags;
}

/** Dublin Core, the fallback for readers that know no Highwire tags. No `DC.type`: Zotero would take "Text" as the report type. */
function dublinCore(report: Report, page: WorkRecord): MetaTag[] {
	const tags: MetaTag[] = [{ name: 'DC.title', content: page.kind === 'report' ? displayTitle(report) : page.title }];
	for (const author of report.authors) tags.push({ name: 'DC.creator', content: personName(author) });
	for (const editor of report.editors ?? []) tags.push({ name: 'DC.contributor', content: personName(editor) });
	tags.push(
		{ name: 'DC.date', content: report.dates.published },
		{ name: 'DC.publisher', content: report.institution },
		{ name: 'DC.language', content: report.language },
		{ name: 'DC.identifier', content: page.url },
		{ name: 'DC.rights', content: report.licence.name },
	);
	if (page.kind !== 'report') tags.push({ name: 'DC.relation.isPartOf', content: page.reportUrl });
	return tags;
}

/**
 * The meta tags of a page: its description (which Zotero takes as the abstract), Highwire `citation_*` (what
 * Zotero and Google Scholar read), Dublin Core, Open Graph and Twitter. A page of kind `none` gets no
 * `citation_*` and no Dublin Core record. Authors come only from the report; none is ever invented.
 */
export function metaTags(report: Report, page: PageRecord): MetaTag[] {
	const title = plain(page.kind === 'report' ? displayTitle(report) : page.title, 'the page title');
	const description = plain(page.description, 'the page description');
	const tags: MetaTag[] = [{ name: 'description', content: description }];
	if (page.kind !== 'none') tags.push(...citationRecord(report, page), ...dublinCore(report, page));
	tags.push(
		{ property: 'og:type', content: page.kind === 'none' ? 'website' : 'article' },
		{ property: 'og:title', content: title },
		{ property: 'og:description', content: description },
		{ property: 'og:url', content: page.url },
		{ property: 'og:site_name', content: report.title },
		{ property: 'og:locale', content: report.language.replace('-', '_') },
	);
	if (page.kind !== 'none')
		tags.push({ property: 'article:published_time', content: report.dates.published }, { property: 'article:modified_time', content: report.dates.modified });
	tags.push({ name: 'twitter:card', content: 'summary' }, { name: 'twitter:title', content: title }, { name: 'twitter:description', content: description });
	return tags;
}

function schemaPerson(p: Person): Record<string, unknown> {
	if ('literal' in p) return { '@type': 'Organization', name: p.literal };
	return { '@type': 'Person', name: displayName(p), familyName: p.family, ...(p.given ? { givenName: p.given } : {}) };
}

/** What the report and a section share in schema.org terms. */
function creativeWork(report: Report): Record<string, unknown> {
	const work: Record<string, unknown> = {};
	if (report.authors.length) work.author = report.authors.map(schemaPerson);
	if (report.editors?.length) work.editor = report.editors!.map(schemaPerson);
	return {
		...work,
		publisher: { '@type': 'Organization', name: report.institution },
		datePublished: report.dates.published,
		dateModified: report.dates.modified,
		inLanguage: report.language,
		version: report.version,
		license: report.licence.url,
	};
}

/**
 * schema.org JSON-LD for search engines: the report (`Report`, with its sections as parts) or a section
 * (`Chapter`, part of the report). None for a page of kind `none`. Descriptions are the page's, already filled in.
 */
export function jsonLd(report: Report, page: PageRecord, parts: Array<{ title: string; url: string; position: number }>): Record<string, unknown> | undefined {
	if (page.kind === 'none') return undefined;
	const report_ = {
		'@type': 'Report',
		name: displayTitle(report),
		headline: report.title,
		alternativeHeadline: report.subtitle,
		creativeWorkStatus: report.status,
	};
	if (page.kind === 'report') {
		return {
			'@context': 'https://schema.org',
			...report_,
			'@id': page.url,
			url: page.url,
			description: plain(page.description, 'the report description'),
			...creativeWork(report),
			hasPart: parts.map((p) => ({ '@type': 'Chapter', name: plain(p.title, 'a section title'), url: p.url, position: p.position })),
		};
	}
	const position = parts.find((p) => p.url === page.url)?.position;
	return {
		'@context': 'https://schema.org',
		'@type': page.kind === 'section' ? 'Chapter' : 'CreativeWork',
		'@id': page.url,
		name: plain(page.title, `the ${page.kind} title`),
		headline: page.title,
		url: page.url,
		description: plain(page.description, `the ${page.kind} description`),
		...(position !== undefined ? { position } : {}),
		...creativeWork(report),
		isPartOf: { ...report_, '@id': page.reportUrl, url: page.reportUrl },
	};
}

/** One warning line while the report names no author, saying what it costs and how to fix it; undefined otherwise. */
export function authorWarning(report: Report): string | undefined {
	if (report.authors.length) return undefined;
	return 'content/report.yaml names no author: Google Scholar will not index the site (it needs at least one citation_author) and citations lead with the title. Add the authors under "authors:" in content/report.yaml, a person as { family: …, given: … } or an organisation as { literal: … }.';
}
