import { bibliographyOf } from './engine';
import { toBibtex, toCslJson, toRis } from './exports';
import type { CslItem } from './items';
import { citationStyles, type StyleId } from './styles';

/** A work formatted in every style of the cite-this block, and the contents of its three download files. */
export interface FormattedCitation {
	/** `html` is the inline HTML of the entry (no wrapping element), escaped once and safe to insert; `text` is plain. */
	styles: Array<{ id: StyleId; label: string; html: string; text: string }>;
	bibtex: string;
	ris: string;
	csl: string;
}

function entry(style: StyleId, item: CslItem, format: 'html' | 'text'): string {
	const [[, content] = ['', '']] = bibliographyOf(style, [item], format);
	return content;
}

/** Formats one work (the report or a section) in every style and download format. Deterministic. */
export function formatCitation(item: CslItem): FormattedCitation {
	return {
		styles: citationStyles.map(({ id, label }) => ({ id, label, html: entry(id, item, 'html'), text: entry(id, item, 'text') })),
		bibtex: toBibtex(item),
		ris: toRis(item),
		csl: toCslJson(item),
	};
}
