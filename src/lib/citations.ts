import { proseOf } from './headings';
import type { Person } from '../schemas/person';
import type { Reference } from '../schemas/reference';

/** One work cited inside a citation, with an optional locator such as "p. 12". */
export interface CitedItem {
	key: string;
	locator?: string;
}

/** A citation as written in the prose: `[@a; @b, p. 3]` (parenthetical) or `@a` (narrative). */
export interface CitationToken {
	mode: 'parenthetical' | 'narrative';
	items: CitedItem[];
	/** Offsets of the whole citation in the text it was found in. */
	start: number;
	end: number;
	raw: string;
}

export interface CitationSyntaxError {
	raw: string;
	start: number;
	message: string;
}

const KEY = '[a-z][a-z0-9]*';
const bracketed = /\[(-?@[^\]]*)\]/g;
const itemPattern = new RegExp(`^@(${KEY})(?:\\s*,\\s*(.+))?$`);
// A narrative citation stands after a space, an opening bracket or the start of the text, so
// that e-mail addresses and handles are left alone.
const narrative = new RegExp(`(^|[\\s(“"'])@(${KEY})(?![\\w@.-]*@)`, 'g');

/**
 * Finds the citations in a run of prose. Bracketed citations are found first; narrative ones are
 * looked for only outside them. Malformed brackets are reported, not silently kept as text.
 */
export function findCitations(text: string): { tokens: CitationToken[]; errors: CitationSyntaxError[] } {
	const tokens: CitationToken[] = [];
	const errors: CitationSyntaxError[] = [];
	const taken: Array<[number, number]> = [];
	for (const match of text.matchAll(bracketed)) {
		const start = match.index;
		const end = start + match[0].length;
		taken.push([start, end]);
		const parts = match[1].split(';').map((p) => p.trim());
		const items: CitedItem[] = [];
		for (const part of parts) {
			const item = itemPattern.exec(part);
			if (!item) {
				errors.push({ raw: match[0], start, message: `"${part}" is not a citation; write [@key] or [@key, p. 12] with a lowercase key` });
				continue;
			}
			items.push(item[2] ? { key: item[1], locator: item[2].trim() } : { key: item[1] });
		}
		if (items.length) tokens.push({ mode: 'parenthetical', items, start, end, raw: match[0] });
	}
	for (const match of text.matchAll(narrative)) {
		const start = match.index + match[1].length;
		if (taken.some(([s, e]) => start >= s && start < e)) continue;
		const raw = `@${match[2]}`;
		tokens.push({ mode: 'narrative', items: [{ key: match[2] }], start, end: start + raw.length, raw });
	}
	tokens.sort((a, b) => a.start - b.start);
	return { tokens, errors };
}

/** The anchor id of the n-th citation (from 1) of a work within a section. */
export function citationAnchor(section: string, key: string, n: number): string {
	return `cite-${key}-${section}-${n}`;
}

/** The anchor id of a work in the reference list. */
export function referenceAnchor(key: string): string {
	return `ref-${key}`;
}

function familyOf(person: Person): string {
	return 'literal' in person ? person.literal : person.family;
}

/** The author part of an author-date label: "Shao", "Au and Henderson", "Cooke et al.", or the title of an anonymous work. */
export function citedAuthors(ref: Reference): string {
	const names = ref.author.map(familyOf);
	if (names.length === 0) return ref.title;
	if (names.length === 1) return names[0];
	if (names.length === 2) return `${names[0]} and ${names[1]}`;
	return `${names[0]} et al.`;
}

/** The date part of an author-date label: the year, or "n.d." for undated works. */
export function citedYear(ref: Reference): string {
	return ref.year !== undefined ? String(ref.year) : 'n.d.';
}

/** "Shao, 2007" (inside parentheses) or "Shao (2007)" (narrative), with a locator if any. */
export function citationLabel(ref: Reference, mode: CitationToken['mode'], locator?: string): string {
	const date = locator ? `${citedYear(ref)}, ${locator}` : citedYear(ref);
	return mode === 'narrative' ? `${citedAuthors(ref)} (${date})` : `${citedAuthors(ref)}, ${date}`;
}

/** A citation occurrence in reading order, as the reference list links back to it. */
export interface CitationOccurrence {
	key: string;
	section: string;
	anchor: string;
}

/**
 * Numbers the citations of one section's prose in reading order, the same way the Markdown plugin
 * numbers them while rendering, so back-links and anchors agree.
 */
export function numberCitations(
	section: string,
	tokens: CitationToken[],
	/** Counts so far, to continue numbering across several runs of text of one section. */
	counts = new Map<string, number>(),
): Array<CitationToken & { anchors: string[] }> {
	return tokens.map((token) => ({
		...token,
		anchors: token.items.map(({ key }) => {
			const n = (counts.get(key) ?? 0) + 1;
			counts.set(key, n);
			return citationAnchor(section, key, n);
		}),
	}));
}

/** The citations of one section body (code excluded), numbered in reading order. */
export function sectionCitations(section: string, body: string) {
	const prose = proseOf(body);
	const { tokens, errors } = findCitations(prose);
	return { prose, tokens: numberCitations(section, tokens), errors };
}

/** Every citation of a section as (key, anchor) pairs, for the reference list's back-links. */
export function citationOccurrences(section: string, body: string): CitationOccurrence[] {
	return sectionCitations(section, body).tokens.flatMap((t) => t.items.map((item, i) => ({ key: item.key, section, anchor: t.anchors[i] })));
}
