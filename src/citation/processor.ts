import type { Reference } from '../schemas/reference';
import CSL from 'citeproc';
import { bibliographyEntries, createEngine, retireEngine } from './engine';
import { entryText } from './format';
import { referenceItem, type CslItem } from './items';
import { readLocator } from './locators';
import { styleXml, type StyleId } from './styles';

/** One work cited in a cluster, with an optional locator as written (`p. 12`). */
export interface CitedItem {
	key: string;
	locator?: string;
}

/** A citation as written in the prose: `[@a; @b]` is parenthetical, `@a` narrative. */
export interface Cluster {
	items: CitedItem[];
	mode: 'parenthetical' | 'narrative';
}

/**
 * A cluster formatted by the style, split so each work can link to its entry: `prefix`, then the parts'
 * texts joined by `delimiter`, then `suffix`. `prefix`, `suffix`, delimiters and `text` are plain text; a
 * part's `html` is its text as the style formats it (APA italicises the title of an authorless report, 8.14),
 * inline HTML escaped once.
 */
export interface RenderedCluster {
	prefix: string;
	delimiter: string;
	suffix: string;
	/**
	 * `delimiter` is set on a part only where citeproc put something else before it than the cluster's
	 * delimiter: within a collapsed group of one author's works, "Shao, 2007a, 2007b" (", " before "2007b").
	 */
	parts: Array<{ key: string; text: string; html: string; delimiter?: string }>;
}

export interface CitationProcessor {
	/** The next cluster of the document; clusters must be asked for in the order given to `createProcessor`. */
	cite(cluster: Cluster): RenderedCluster;
	/** The reference list in the style's order; `html` is inline HTML, `text` plain text. */
	bibliography(): Array<{ key: string; html: string; text: string }>;
}

// Control characters cannot occur in a reference: they mark where each cite begins and ends.
const open = '\u0002';
const between = '\u0003';
const close = '\u0004';
const marked = new RegExp(`${open}([^${between}]*)${between}([^${close}]*)${close}`, 'g');

/** The prefix, suffix and delimiter of the style's citation layout (`(`, `)`, `; ` in APA). */
export function citationLayout(style: StyleId): { prefix: string; suffix: string; delimiter: string } {
	const layout = /<citation\b[\s\S]*?<layout\b([^>]*)>/.exec(styleXml(style));
	if (!layout) throw new Error(`the CSL style "${style}" has no citation layout`);
	const attribute = (name: string) => unescapeXml(new RegExp(`\\b${name}="([^"]*)"`).exec(layout[1]!)?.[1] ?? '');
	return { prefix: attribute('prefix'), suffix: attribute('suffix'), delimiter: attribute('delimiter') };
}

function unescapeXml(s: string): string {
	return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

/** One work's text in a citation (inline HTML), and what citeproc put before it (plain text). */
type Cite = { key: string; text: string; before: string };

const escapeHtml = (s: string) => s.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

/** What identifies a cluster: its mode and its works with their locators, in order. */
const signature = (c: Cluster) => JSON.stringify([c.mode, c.items.map((i) => [i.key, i.locator ?? ''])]);

type CiteprocItem = { id: string; locator?: string; label?: string; 'author-only'?: boolean; 'suppress-author'?: boolean };

function citeprocItem(item: CitedItem): CiteprocItem {
	return item.locator ? { id: item.key, ...readLocator(item.locator) } : { id: item.key };
}

/**
 * Runs every citation through one engine in document order and returns each citation's cites as [key, text],
 * as they stand after the last one: a later citation can change an earlier one (2007 becomes 2007a).
 */
function runCitations(style: StyleId, items: CslItem[], citations: CiteprocItem[][]) {
	const engine = createEngine(style, items, 'html', (str, id) => `${open}${id}${between}${str}${close}`);
	// Every reference is in the list, cited or not, and counts when works are told apart.
	engine.updateUncitedItems(items.map((item) => item.id));
	const output = new Map<string, string>();
	const done: Array<[string, number]> = [];
	for (const citationItems of citations) {
		const citationID = `c${done.length}`;
		// Every item is registered when the engine is made: saying so spares citeproc a re-registration per citation.
		const [, rendered] = engine.processCitationCluster({ citationID, citationItems, properties: { noteIndex: 0 } }, done, [], CSL.ASSUME_ALL_ITEMS_REGISTERED);
		for (const [, str, id] of rendered) output.set(id, str);
		done.push([citationID, 0]);
	}
	return {
		engine,
		citations: done.map(([id], i): Cite[] => {
			const str = output.get(id) ?? '';
			// A cite that cannot print in this position (MLA's suppressed author with no locator) prints nothing.
			if (/\[NO_PRINTED_FORM\]|\[CSL STYLE ERROR/.test(str)) return [];
			let end = 0;
			const cites = [...str.matchAll(marked)].map((m): Cite => {
				const before = str.slice(end, m.index);
				end = m.index + m[0].length;
				return { key: m[1]!, text: m[2]!, before: entryText(before) };
			});
			// citeproc leaves an author-only cite unmarked: it is the whole citation.
			return cites.length || !str ? cites : [{ key: citations[i]![0]!.id, text: str, before: '' }];
		}),
	};
}

/**
 * One processor per build: all references and every cluster of the report in reading order, so that citeproc
 * can tell works apart (2007a, 2007b) and each style writes names, "&" or "and", and locators its own way.
 * A narrative citation is the style's author-only form, then the date (and locator) in the layout's brackets.
 */
export function createProcessor(references: Reference[], clusters: Cluster[], style: StyleId = 'apa'): CitationProcessor {
	const items = references.map(referenceItem);
	/**
	 * APA 7 (9.16) gives a retrieval date ("Retrieved March 3, 2026, from URL") only where one is known; without
	 * it, the URL stands alone after the date. The official APA style prints "Retrieved" before the URL of an
	 * undated work whether or not there is a retrieval date: such a work is formatted without its URL, which
	 * is then written after the entry, as APA does.
	 */
	const bareUrl = new Map(style === 'apa' ? items.filter((i) => i.URL && !i.issued && !i.accessed).map((i) => [i.id, i.URL as string]) : []);
	const formatted = items.map((i) => (bareUrl.has(i.id) ? Object.fromEntries(Object.entries(i).filter(([k]) => k !== 'URL')) as CslItem : i));
	const keys = new Set(items.map((i) => i.id));
	for (const cluster of clusters)
		for (const item of cluster.items) if (!keys.has(item.key)) throw new Error(`a citation names "${item.key}", which is not a reference`);

	const layout = citationLayout(style);
	// Each cluster becomes one citeproc citation, a narrative one two (the author alone, then the rest).
	const plan = clusters.map((cluster) =>
		cluster.mode === 'parenthetical'
			? [cluster.items.map(citeprocItem)]
			: cluster.items.flatMap((item) => [[{ ...citeprocItem(item), 'author-only': true }], [{ ...citeprocItem(item), 'suppress-author': true }]]),
	);
	// The title that stands for an authorless work, as the style writes it in the text (its author-only form).
	const authorless = [...new Set(clusters.flatMap((c) => c.items.map((i) => i.key)))].filter((key) => !items.find((i) => i.id === key)!.author);
	const text = runCitations(style, formatted, [...plan.flat(), ...authorless.map((key) => [{ id: key, 'author-only': true }])]);
	const entries = new Map(bibliographyEntries(text.engine).map(([key, html]) => [key, bareUrl.has(key) ? `${html} ${escapeHtml(bareUrl.get(key)!)}` : html]));
	const titles = new Map(authorless.map((key, i) => [key, text.citations[plan.flat().length + i]!.map((cite) => cite.text).join('')]));
	/**
	 * APA 7 (8.14): the title that stands for an authorless work is italic in the text where it is italic in
	 * the reference list. The official APA style sets reports' titles roman in the text (as for legal reports),
	 * while it sets them italic in the list: the title is italicised here from the work's own entry.
	 */
	const italicTitle = (key: string, html: string) => {
		const title = titles.get(key);
		if (!title || title.startsWith('<i>') || !entries.get(key)?.startsWith('<i>') || !html.startsWith(title)) return html;
		return `<i>${title}</i>${html.slice(title.length)}`;
	};

	let index = 0;
	const results: RenderedCluster[] = clusters.map((cluster, c) => {
		const citations = plan[c]!.map(() => text.citations[index++]!);
		if (cluster.mode === 'parenthetical') {
			const parts = citations[0]!.map(({ key, text: written, before }, i) => {
				const html = italicTitle(key, written);
				return i === 0 || before === layout.delimiter ? { key, text: entryText(html), html } : { key, text: entryText(html), html, delimiter: before };
			});
			return { ...layout, parts };
		}
		const parts = cluster.items.map((item, i) => {
			const author = citations[2 * i]!.map((cite) => cite.text).join('');
			const rest = citations[2 * i + 1]!.map((cite) => cite.text).join('');
			// MLA cites a named author without a bracket unless there is a locator.
			const html = italicTitle(item.key, rest ? `${author} ${escapeHtml(layout.prefix)}${rest}${escapeHtml(layout.suffix)}` : author);
			return { key: item.key, text: entryText(html), html };
		});
		return { prefix: '', delimiter: layout.delimiter, suffix: '', parts };
	});
	let next = 0;
	let list: ReturnType<CitationProcessor['bibliography']> | undefined;

	return {
		cite(cluster) {
			const expected = clusters[next];
			if (!expected || signature(expected) !== signature(cluster))
				throw new Error(`cite() was asked for ${JSON.stringify(cluster)}, but cluster ${next + 1} of the document is ${JSON.stringify(expected)}: ask in document order`);
			return results[next++]!;
		},
		bibliography() {
			if (!list) {
				// The same engine, the same citations, so the same a/b suffixes.
				list = [...entries].map(([key, h]) => ({ key, html: h, text: entryText(h) }));
				// Every citation was run when the processor was made: the compiled style can serve the cite-this blocks.
				retireEngine(style, text.engine);
			}
			return list;
		},
	};
}
