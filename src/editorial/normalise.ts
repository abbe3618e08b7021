/**
 * Normalising the OCR'd draft and the site's text so that they can be compared word by word.
 *
 * Pure functions, no I/O. Three steps, always in this order:
 * 1. whitespace: every run of spaces, tabs and line breaks becomes one space (both texts);
 * 2. debris (draft only): the running header, the logo fragments and the Markdown/HTML marks of the
 *    conversion are taken out (each is also an entry of `content/errata.yaml`);
 * 3. typography (both texts, one character for one, so offsets are kept): curly quotes and
 *    apostrophes compare equal to straight ones.
 */

/** The running page header of the draft, repeated at the top of several pages. */
export const runningHeader = '**Cluster and Innovation in China**';

/** Logo fragments the OCR read between paragraphs, longest first. A lone "SMU" is removed only on a line of its own. */
export const logoDebris = ['₽¥ SMU', '₹ SMU'] as const;

/** Markup left by the conversion: heading marks, bold, underline, superscript, an escaped underscore. */
export const markupDebris = ['**', '<u>', '</u>', '<sup>', '</sup>', '\\_'] as const;

/** Collapses every run of whitespace into one space and trims the ends. */
export function collapseWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Folds curly quotes and apostrophes into straight ones, one character for one (offsets are kept). */
export function foldTypography(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/**
 * Removes the draft's debris from a text already collapsed or not: the running header, logo
 * fragments, heading marks at the start of a line and the conversion's markup.
 */
export function removeDebris(text: string): string {
	let out = text.split(runningHeader).join(' ');
	for (const logo of logoDebris) out = out.split(logo).join(' ');
	// A lone "SMU" on a line of its own (before collapsing) or between two spaces after it.
	out = out.replace(/^[ \t]*SMU[ \t]*$/gm, ' ');
	out = out.replace(/^[ \t]*#{1,6}[ \t]+/gm, '');
	out = out.replace(/(^|\s)#{1,6}\s/g, '$1');
	for (const mark of markupDebris) out = out.split(mark).join('');
	return out;
}

/** The draft as the comparator reads it: debris removed, whitespace collapsed, typography folded. */
export function normaliseDraft(raw: string): string {
	return foldTypography(collapseWhitespace(removeDebris(raw)));
}

/** The draft as a quotation is looked up in first: only whitespace collapsed (debris kept). */
export function plainDraft(raw: string): string {
	return collapseWhitespace(raw);
}
