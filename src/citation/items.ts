import type { Person } from '../schemas/person';
import type { Reference } from '../schemas/reference';
import type { Report } from '../schemas/report';

/** One work as CSL-JSON, the input of citeproc and the content of the `.json` download. */
export interface CslItem {
	id: string;
	type: string;
	[field: string]: unknown;
}

type CslName = { family: string; given?: string } | { literal: string };
type CslDate = { 'date-parts': number[][] };

/** A person or organisation as CSL-JSON names them. */
export function cslName(p: Person): CslName {
	if ('literal' in p) return { literal: p.literal };
	return p.given ? { family: p.family, given: p.given } : { family: p.family };
}

function cslDate(iso: string): CslDate {
	return { 'date-parts': [iso.split('-').map(Number)] };
}

/** A date as CSL-JSON date parts: `2026-11-28` → `[[2026, 11, 28]]`, `2006-10` → `[[2006, 10]]`. */
export { cslDate };

/** The report's full title in sentence case, as CSL stores titles (styles that want title case convert it). */
export function reportTitle(report: Report): string {
	return report.citationTitle ?? `${report.title}: ${report.subtitle}`;
}

/**
 * A short, stable citation key for the report or one of its sections: the first author's family name (or,
 * while none is named, the title's first word) and the year, `clusters2026`, `clusters2026_torch_program`.
 * Letters, digits and underscores only, as BibTeX keys allow.
 */
export function citationKey(report: Report, sectionId?: string): string {
	const first = report.authors[0];
	const lead = first ? ('literal' in first ? first.literal : first.family) : report.title.split(/\s+/)[0]!;
	const base = `${lead.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '')}${report.dates.published.slice(0, 4)}`;
	return sectionId ? `${base}_${sectionId.replace(/-/g, '_')}` : base;
}

/** What the report and every section share: its people, publisher, version, dates and language. */
function editionFields(report: Report): Record<string, unknown> {
	const fields: Record<string, unknown> = {
		publisher: report.institution,
		version: report.version,
		issued: cslDate(report.dates.published),
		// No access date: it is the date a reader read the work, which the build cannot know. The cite-this
		// block's script fills in the reader's own date where a style prints one (src/citation/access-date.ts).
		language: report.language,
	};
	if (report.authors.length) fields.author = report.authors.map(cslName);
	if (report.editors?.length) fields.editor = report.editors!.map(cslName);
	return fields;
}

/** The whole report as a CSL item (type report), at its canonical URL. */
export function reportItem(report: Report, url: string): CslItem {
	const id = citationKey(report);
	return {
		id,
		type: 'report',
		'citation-key': id,
		title: reportTitle(report),
		genre: report.status,
		...editionFields(report),
		URL: url,
	};
}

/**
 * One part of the report as CSL-JSON: a section, or a figure (`figure-<id>` as `part`), at its own permanent
 * URL, with the report as its container. CSL has no type for a part of a report: `chapter` is the type every
 * reference manager files as a part of a larger work (Zotero's "Book Section", BibTeX's `@incollection`).
 */
export function sectionItem(report: Report, section: { id: string; title: string }, url: string): CslItem {
	const id = citationKey(report, section.id);
	const item: CslItem = {
		id,
		type: 'chapter',
		'citation-key': id,
		title: section.title,
		'container-title': reportTitle(report),
		...editionFields(report),
		URL: url,
	};
	// The authors of the report wrote its sections: they are also the authors of the container.
	if (report.authors.length) item['container-author'] = report.authors.map(cslName);
	return item;
}

const cslTypes: Record<Reference['type'], string> = {
	book: 'book',
	chapter: 'chapter',
	'article-journal': 'article-journal',
	report: 'report',
	'paper-conference': 'paper-conference',
	webpage: 'webpage',
	// CSL's legislation type drops the issuing body in APA; a regulation is cited as a document of its author.
	legislation: 'document',
};

/**
 * A work of the bibliography (`content/references.yaml`) as a CSL item keyed by its citation key. A conference
 * paper with an `event` and no proceedings was presented, not published: CSL's `speech`, which APA prints as
 * "[Paper presentation]. Event" (APA 7, 10.5).
 */
export function referenceItem(ref: Reference): CslItem {
	const presented = ref.type === 'paper-conference' && ref.event !== undefined && ref.container === undefined;
	const item: CslItem = { id: ref.id, type: presented ? 'speech' : cslTypes[ref.type], 'citation-key': ref.id, title: ref.title };
	if (ref.author.length) item.author = ref.author.map(cslName);
	if (ref.date) item.issued = cslDate(ref.date);
	else if (ref.year !== undefined) item.issued = { 'date-parts': [[ref.year]] };
	if (presented) item.genre = 'Paper presentation';
	else if (ref.genre) item.genre = ref.genre;
	if (ref.event) item['event-title'] = ref.event;
	// A report's container is the series it appears in; otherwise the journal, book or proceedings.
	if (ref.container) item[ref.type === 'report' ? 'collection-title' : 'container-title'] = ref.container;
	if (ref.volume) item.volume = ref.volume;
	if (ref.issue) item.issue = ref.issue;
	if (ref.pages) item.page = ref.pages;
	if (ref.publisher || ref.institution) item.publisher = ref.institution ?? ref.publisher;
	if (ref.place) item['publisher-place'] = ref.place;
	if (ref.number) item.number = ref.number;
	if (ref.url) item.URL = ref.url;
	if (ref.accessed) item.accessed = cslDate(ref.accessed);
	// `language` is left out: citeproc would not apply title case to a work marked as not English,
	// and the titles here are English (a Chinese work is cited by its English title).
	return item;
}
