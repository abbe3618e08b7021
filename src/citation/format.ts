import { accessSlot, sampleAccessDate, type AccessSlot } from './access-date';
import { bibliographyEngine } from './engine';
import { toBibtex, toCslJson, toRis } from './exports';
import type { CslItem } from './items';
import { citationStyles, styleLocale, type StyleId } from './styles';

/** The contents of a work's three download files. */
export interface CitationExports {
	bibtex: string;
	ris: string;
	csl: string;
}

/** A work formatted in every style of the cite-this block, and the contents of its three download files. */
export interface FormattedCitation extends CitationExports {
	/** `html` is the inline HTML of the entry (no wrapping element), escaped once and safe to insert; `text` is plain. */
	styles: Array<{ id: StyleId; label: string; html: string; text: string; accessed?: AccessSlot }>;
}

/** A work's BibTeX, RIS and CSL-JSON: no style is compiled for them. */
export function citationExports(item: CslItem): CitationExports {
	return { bibtex: toBibtex(item), ris: toRis(item), csl: toCslJson(item) };
}

/**
 * The plain text of citeproc's HTML for an entry: its markup dropped and its escapes read. Exactly what
 * citeproc's own text format writes for these styles, for half the work (one engine run, not two).
 */
export function entryText(html: string): string {
	return html
		.replace(/<[^>]+>/g, '')
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&(lt|gt|quot|apos|nbsp|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', amp: '&' })[e]!);
}

/** Formats one work (the report or a section) in every style and download format. Deterministic. */
export function formatCitation(item: CslItem): FormattedCitation {
	return formatCitations([item])[0]!;
}

/**
 * Formats many works, each on its own (as `formatCitation` does), style by style: one engine at a time
 * is built, used for every work and let go, so a build holds one compiled style, not four. Each work is
 * formatted without an access date, and again with a sample one to find where the style prints it (the
 * reader's own date goes there, see `access-date.ts`).
 */
export function formatCitations(items: CslItem[]): FormattedCitation[] {
	const styles = new Map<StyleId, Array<{ html: string; accessed?: AccessSlot }>>();
	for (const { id } of citationStyles) {
		const engine = bibliographyEngine(id, 'html');
		const entry = (item: CslItem) => {
			const [[, content] = ['', '']] = engine.entries([item]);
			return content;
		};
		styles.set(
			id,
			items.map((item) => {
				const { accessed: _, ...undated } = item;
				const html = entry(undated);
				const slot = accessSlot(html, entry({ ...undated, accessed: { 'date-parts': [sampleAccessDate.iso.split('-').map(Number)] } }), styleLocale[id]);
				return slot ? { html, accessed: slot } : { html };
			}),
		);
		engine.release();
	}
	return items.map((item, i) => ({
		styles: citationStyles.map(({ id, label }) => {
			const { html, accessed } = styles.get(id)![i]!;
			return { id, label, html, text: entryText(html), ...(accessed ? { accessed } : {}) };
		}),
		...citationExports(item),
	}));
}
