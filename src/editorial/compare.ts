/**
 * The machine check of the errata: compares the OCR'd draft with the site's text and says which
 * differences no erratum covers, and which errata quote something that is not there.
 *
 * Pure TypeScript, no I/O and no Astro: the unit tests feed it small invented texts, the browser
 * test feeds it the draft (`content/draft/report-draft.txt`), the text of every built section page
 * and `content/errata.yaml`.
 *
 * How it compares:
 * - both texts are normalised (see `normalise.ts`): whitespace, the draft's debris, typography;
 * - report-wide insertions named by an erratum's `sitePattern` (Chinese names, editors' note markers,
 *   figure numbers) and report-wide draft forms named by a `draftPattern` (citations) are blanked;
 * - an erratum with `rule: punctuation` makes punctuation marks not count, only words;
 * - the words of the draft and of the site's prose (every section in reading order) are aligned by a
 *   longest common subsequence, and every run of words that differs is a difference, reported with
 *   the sentence it stands in;
 * - a difference is covered when each of its draft words lies inside the draft quotation of some
 *   erratum and each of its site words inside the site quotation of some erratum of that section (or
 *   of `report`); an editors' block (a figure, a summary, the abstract, the reference list) is covered
 *   by an erratum naming it in `block` and quoting it exactly.
 */
import { collapseWhitespace, foldTypography, normaliseDraft, plainDraft, removeDebris } from './normalise';

/** One block of a section page as a reader sees it: prose compared with the draft, or an editors' block. */
export interface SiteBlock {
	text: string;
	/**
	 * Set for a block the editors added as a whole rather than edited from the draft:
	 * `figure:<id>`, `summary`, `abstract` or `reference-list`. Such a block is not aligned with the draft.
	 */
	block?: string;
}

/** The text of one section page (or `report` for the home page's abstract). */
export interface SiteSection {
	id: string;
	blocks: SiteBlock[];
}

/** What the comparator reads of an erratum (a subset of `src/schemas/erratum.ts`). */
export interface ErratumQuote {
	id: string;
	section: string;
	draft?: string;
	site?: string;
	block?: string;
	draftPattern?: string;
	sitePattern?: string;
	rule?: 'punctuation';
}

/** One run of words where the site differs from the draft. */
export interface Difference {
	/** The section the site side stands in. */
	section: string;
	/** The draft's words (normalised), empty for an insertion. */
	draft: string;
	/** The site's words, empty for an omission. */
	site: string;
	/** The site's sentence around the difference, for a reader. */
	context: string;
	/** The draft's sentence around the difference (normalised), for a reader. */
	draftContext: string;
	/** The editors' block this is, when the difference is a whole block. */
	block?: string;
	/** The errata that cover it; empty when none does. */
	errata: string[];
}

/** An erratum that does not match the texts. */
export interface Unmatched {
	id: string;
	problem: string;
}

export interface Comparison {
	/** Every difference, in reading order, covered or not. */
	differences: Difference[];
	/** The differences no erratum covers. */
	uncovered: Difference[];
	/** Errata whose quotations are not in the draft or not exactly on the site. */
	unmatched: Unmatched[];
	/** Errata that cover no difference (a flag on words kept as printed, or a quotation of unchanged text). */
	unused: string[];
}

/** The separator of a draft quotation that spans a long passage: "first words … last words". */
export const spanSeparator = ' … ';

interface Token {
	text: string;
	start: number;
	end: number;
}

/** A word: letters and digits, joined by an apostrophe, a full stop or a hyphen (e.g., hi-tech, 3.14), or a thousands comma between digits (14,884). */
const wordPattern = /[\p{L}\p{N}]+(?:['.\-–][\p{L}\p{N}]+|(?<=\p{N}),\p{N}+)*/gu;
const wordOrMarkPattern = new RegExp(`${wordPattern.source}|[^\\s\\p{L}\\p{N}]`, 'gu');

function tokenise(text: string, punctuation: boolean): Token[] {
	const pattern = punctuation ? wordOrMarkPattern : wordPattern;
	return [...text.matchAll(pattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function compile(source: string, id: string, field: string, unmatched: Unmatched[]): RegExp | undefined {
	try {
		return new RegExp(source, 'gu');
	} catch (error) {
		unmatched.push({ id, problem: `${field} is not a valid regular expression: ${(error as Error).message}` });
		return undefined;
	}
}

/** Replaces every match of the patterns with spaces, keeping offsets. */
function blank(text: string, patterns: RegExp[]): string {
	let out = text;
	for (const p of patterns) out = out.replace(p, (m) => ' '.repeat(m.length));
	return out;
}

/** The text without the matches, and for each of its characters the offset in the original. */
function strip(text: string, patterns: RegExp[]): { text: string; map: number[] } {
	const removed = new Uint8Array(text.length);
	for (const p of patterns) for (const m of text.matchAll(p)) removed.fill(1, m.index, m.index + m[0].length);
	let out = '';
	const map: number[] = [];
	for (let i = 0; i < text.length; i++) {
		if (removed[i]) continue;
		// Two spaces left side by side by a removal become one.
		if (text[i] === ' ' && out.endsWith(' ')) continue;
		out += text[i];
		map.push(i);
	}
	return { text: out, map };
}

function occurrences(haystack: string, needle: string, from = 0, to = haystack.length): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	if (!needle) return found;
	let i = haystack.indexOf(needle, from);
	while (i !== -1 && i + needle.length <= to) {
		found.push([i, i + needle.length]);
		i = haystack.indexOf(needle, i + 1);
	}
	return found;
}

/** Occurrences of a quotation that may be a span "A … B" (from A to the nearest B after it). */
function spanOccurrences(haystack: string, quote: string): Array<[number, number]> {
	const parts = quote.split(spanSeparator);
	if (parts.length === 1) return occurrences(haystack, quote);
	const [first, last] = [parts[0], parts.at(-1)!];
	return occurrences(haystack, first).flatMap(([s, e]) => {
		const j = haystack.indexOf(last, e);
		return j === -1 ? [] : [[s, j + last.length] as [number, number]];
	});
}

function normaliseDraftQuote(quote: string): string {
	return foldTypography(collapseWhitespace(removeDebris(quote)));
}

/** Longest common subsequence of two token lists: the pairs of indices that match. */
function align(a: string[], b: string[]): Array<[number, number]> {
	const n = a.length;
	const m = b.length;
	const width = m + 1;
	const table = new Uint32Array((n + 1) * width);
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
		}
	}
	const pairs: Array<[number, number]> = [];
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (a[i] === b[j]) {
			pairs.push([i, j]);
			i++;
			j++;
		} else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
		else j++;
	}
	return pairs;
}

/** Where a sentence ends: its mark, a closing quote or bracket, or a citation the draft puts after the full stop. */
const sentenceEnd = /[.!?](?:["”’)]|\([^()]*\))?(?=\s|$)/g;

/** The sentence of `text` around offset `at`. */
function sentenceAround(text: string, at: number): string {
	let start = 0;
	let end = text.length;
	for (const m of text.matchAll(sentenceEnd)) {
		const after = m.index + m[0].length;
		if (after <= at) start = after;
		else {
			end = after;
			break;
		}
	}
	return text.slice(start, end).trim();
}

class Coverage {
	private readonly marks: Uint8Array;
	constructor(length: number) {
		this.marks = new Uint8Array(length);
	}
	add([s, e]: [number, number]) {
		this.marks.fill(1, s, e);
	}
	covers(t: Token) {
		for (let i = t.start; i < t.end; i++) if (!this.marks[i]) return false;
		return true;
	}
}

/**
 * Compares the draft with the site's text under the errata.
 * @param draftRaw the draft as OCR'd (`content/draft/report-draft.txt`)
 * @param sections each section page's text in reading order, as blocks (see `SiteBlock`)
 * @param errata the entries of `content/errata.yaml`
 */
export function compareWithDraft(draftRaw: string, sections: SiteSection[], errata: ErratumQuote[]): Comparison {
	const unmatched: Unmatched[] = [];
	const errataById = new Map(errata.map((e) => [e.id, e]));
	const countMarks = !errata.some((e) => e.rule === 'punctuation');

	// The draft: normalised, then the report-wide draft forms blanked.
	const draftPlain = plainDraft(draftRaw);
	const draftNorm = normaliseDraft(draftRaw);
	const draftPatterns = errata.flatMap((e) => (e.draftPattern ? [compile(e.draftPattern, e.id, 'draftPattern', unmatched)] : [])).filter((p) => p !== undefined);
	const draftBlanked = blank(draftNorm, draftPatterns);

	// The site: every section's prose in reading order, one string; each section's own range.
	const sitePatterns = errata.flatMap((e) => (e.sitePattern ? [compile(e.sitePattern, e.id, 'sitePattern', unmatched)] : [])).filter((p) => p !== undefined);
	let site = '';
	const ranges = new Map<string, [number, number]>();
	for (const s of sections) {
		let start = -1;
		for (const b of s.blocks) {
			if (b.block) continue;
			const text = collapseWhitespace(b.text);
			if (!text) continue;
			if (site) site += ' ';
			if (start === -1) start = site.length;
			site += text;
		}
		ranges.set(s.id, start === -1 ? [site.length, site.length] : [start, site.length]);
	}
	const siteFolded = foldTypography(site);
	const siteBlanked = blank(siteFolded, sitePatterns);
	const siteStripped = strip(site, sitePatterns);
	const sectionAt = (offset: number) => sections.find((s) => {
		const [a, b] = ranges.get(s.id)!;
		return a < b && offset >= a && offset <= b;
	})?.id ?? sections.findLast((s) => ranges.get(s.id)![1] <= offset)?.id ?? sections[0]?.id ?? '';

	// Coverage by each erratum's quotations.
	const draftCover = new Map<string, Coverage>();
	const siteCover = new Map<string, Coverage>();
	const matchedAll = new Set<string>();
	for (const e of errata) {
		if (e.draft) {
			const quote = normaliseDraftQuote(e.draft);
			const parts = e.draft.split(spanSeparator);
			const inDraft = parts.every((p) => draftPlain.includes(collapseWhitespace(p)) || draftNorm.includes(normaliseDraftQuote(p)));
			const found = spanOccurrences(draftNorm, quote);
			if (!inDraft || (!found.length && quote.trim())) unmatched.push({ id: e.id, problem: `its draft text is not in the draft: “${e.draft}”` });
			const c = new Coverage(draftNorm.length);
			found.forEach((r) => c.add(r));
			draftCover.set(e.id, c);
		}
		if (e.site && !e.block) {
			const quote = collapseWhitespace(e.site);
			const [from, to] = e.section === 'report' ? [0, site.length] : (ranges.get(e.section) ?? [0, 0]);
			let found = occurrences(site, quote, from, to);
			if (!found.length) {
				// The quotation may leave out the report-wide insertions (Chinese names, note markers).
				const stripped = strip(quote, sitePatterns).text.trim();
				found = occurrences(siteStripped.text, stripped)
					.map(([s, t]) => [siteStripped.map[s], siteStripped.map[t - 1] + 1] as [number, number])
					.filter(([s, t]) => s >= from && t <= to);
			}
			const inBlocks = sections
				.filter((s) => e.section === 'report' || s.id === e.section)
				.some((s) => s.blocks.some((b) => b.block && collapseWhitespace(b.text).includes(quote)));
			if (!found.length && !inBlocks) unmatched.push({ id: e.id, problem: `its site text is not on the site${e.section === 'report' ? '' : ` in section “${e.section}”`}: “${e.site}”` });
			const c = new Coverage(site.length);
			found.forEach((r) => c.add(r));
			siteCover.set(e.id, c);
		}
		if (e.sitePattern || e.draftPattern || e.rule) matchedAll.add(e.id);
	}
	for (const e of errata) {
		if (e.sitePattern) {
			const p = compile(e.sitePattern, e.id, 'sitePattern', []);
			if (p && !p.test(site)) unmatched.push({ id: e.id, problem: `its sitePattern matches nothing on the site` });
		}
		if (e.draftPattern) {
			const p = compile(e.draftPattern, e.id, 'draftPattern', []);
			if (p && !p.test(draftNorm)) unmatched.push({ id: e.id, problem: `its draftPattern matches nothing in the draft` });
		}
	}

	// Align the words and collect the runs that differ.
	const dTokens = tokenise(draftBlanked, countMarks);
	const sTokens = tokenise(siteBlanked, countMarks);
	const pairs = align(
		dTokens.map((t) => t.text),
		sTokens.map((t) => t.text),
	);
	const differences: Difference[] = [];
	const used = new Set<string>();
	let di = 0;
	let si = 0;
	const flush = (dEnd: number, sEnd: number) => {
		if (di === dEnd && si === sEnd) return;
		const dRun = dTokens.slice(di, dEnd);
		const sRun = sTokens.slice(si, sEnd);
		const sitePos = sRun.length ? sRun[0].start : si < sTokens.length ? sTokens[si].start : site.length;
		const draftPos = dRun.length ? dRun[0].start : di < dTokens.length ? dTokens[di].start : draftNorm.length;
		const section = sectionAt(sitePos);
		// A site word is covered by an erratum of the section it stands in, or by a report-wide one.
		const coversSite = (id: string, t: Token) => {
			const e = errataById.get(id)!;
			return (e.section === 'report' || e.section === sectionAt(t.start)) && siteCover.get(id)!.covers(t);
		};
		const draftIds = [...draftCover.entries()].filter(([, c]) => dRun.some((t) => c.covers(t))).map(([id]) => id);
		const siteIds = [...siteCover.keys()].filter((id) => sRun.some((t) => coversSite(id, t)));
		const draftOk = dRun.every((t) => draftIds.some((id) => draftCover.get(id)!.covers(t)));
		const siteOk = sRun.every((t) => siteIds.some((id) => coversSite(id, t)));
		const ids = [...new Set([...draftIds, ...siteIds])];
		if (draftOk && siteOk) ids.forEach((id) => used.add(id));
		differences.push({
			section,
			draft: dRun.length ? draftNorm.slice(dRun[0].start, dRun.at(-1)!.end) : '',
			site: sRun.length ? site.slice(sRun[0].start, sRun.at(-1)!.end) : '',
			context: sentenceAround(site, sitePos),
			draftContext: sentenceAround(draftNorm, draftPos),
			errata: draftOk && siteOk ? ids : [],
		});
	};
	for (const [d, s] of pairs) {
		flush(d, s);
		di = d + 1;
		si = s + 1;
	}
	flush(dTokens.length, sTokens.length);

	// The editors' blocks: each named by an erratum of its section that quotes it exactly.
	for (const s of sections) {
		for (const b of s.blocks) {
			if (!b.block) continue;
			const text = collapseWhitespace(b.text);
			const ids = errata.filter((e) => e.block === b.block && (e.section === s.id || e.section === 'report') && e.site && text.includes(collapseWhitespace(e.site))).map((e) => e.id);
			ids.forEach((id) => used.add(id));
			differences.push({ section: s.id, draft: '', site: text.length > 160 ? `${text.slice(0, 157)}…` : text, context: '', draftContext: '', block: b.block, errata: ids });
		}
	}
	for (const e of errata) {
		if (!e.block) continue;
		const owners = sections.filter((s) => e.section === 'report' || s.id === e.section);
		const blocks = owners.flatMap((s) => s.blocks.filter((b) => b.block === e.block));
		if (!blocks.length) unmatched.push({ id: e.id, problem: `names the block “${e.block}”, which section “${e.section}” does not have` });
		else if (!e.site || !blocks.some((b) => collapseWhitespace(b.text).includes(collapseWhitespace(e.site!))))
			unmatched.push({ id: e.id, problem: `its site text is not in the block “${e.block}”: “${e.site ?? ''}”` });
	}
	matchedAll.forEach((id) => used.add(id));

	const unusedIds = errata.filter((e) => !used.has(e.id)).map((e) => e.id);
	return { differences, uncovered: differences.filter((d) => d.errata.length === 0), unmatched, unused: unusedIds };
}

/** The differences of a comparison grouped by section, in reading order: what an editorial-notes page can show as each section's diff. */
export function differencesBySection(comparison: Comparison, sectionIds: string[]): Array<{ section: string; differences: Difference[] }> {
	return sectionIds.map((section) => ({ section, differences: comparison.differences.filter((d) => d.section === section) })).filter((g) => g.differences.length > 0);
}
