/**
 * The date a reader read a work, which some styles print (Cite Them Right: "(Accessed: 3 February 2001)"). The
 * build cannot know it, so a formatted citation leaves a slot where the style puts it, and the cite-this
 * block's script fills the slot with the reader's own date, in the style's locale and in the form the style
 * writes (checked at build time against the style itself, see `accessSlot`). Without JavaScript the slot
 * stays empty: the citation is the style's form without an access date.
 */

/** How the styles write an access date: day, month in words, year ("3 February 2001" in en-GB). */
const accessDateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** A date in the words a style of this locale writes an access date in. */
export function accessDateText(date: Date, locale: string, timeZone?: string): string {
	return new Intl.DateTimeFormat(locale, { ...accessDateOptions, ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** An access date for finding where a style prints one: day, month and year all told apart. */
export const sampleAccessDate = { iso: '2001-02-03', date: new Date(Date.UTC(2001, 1, 3)) };

/** Where a style prints the access date in an entry, and the words around the date. */
export interface AccessSlot {
	/** The entry's HTML before and after the slot. */
	htmlBefore: string;
	htmlAfter: string;
	/** What the slot holds around the date: " (Accessed: " and ")". Plain text. */
	before: string;
	after: string;
	/** The locale of the style, for the date's words. */
	locale: string;
}

const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', amp: '&' };
const unescape = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&(lt|gt|quot|apos|nbsp|amp);/g, (_, e: string) => entities[e]!);

/**
 * The slot of an entry formatted without an access date (`without`) and with the sample one (`withSample`):
 * what the second adds to the first. Undefined when the style prints no access date for this work. Throws
 * when the addition is not plain text holding the sample date in the words `accessDateText` writes, so a style
 * whose access date the script would write otherwise is noticed at build time.
 */
export function accessSlot(without: string, withSample: string, locale: string): AccessSlot | undefined {
	if (without === withSample) return undefined;
	let start = 0;
	while (start < without.length && without[start] === withSample[start]) start++;
	let end = 0;
	while (end < without.length - start && without[without.length - 1 - end] === withSample[withSample.length - 1 - end]) end++;
	// Back to the start of the added text's own characters: never inside a tag or a character reference.
	while (start > 0 && /[^\s(]/.test(withSample[start - 1]!) && /[^\s(]/.test(withSample[start]!)) start--;
	const added = withSample.slice(start, withSample.length - end);
	const kept = without.slice(start, without.length - end);
	const date = accessDateText(sampleAccessDate.date, locale, 'UTC');
	const at = unescape(added).indexOf(date);
	if (kept !== '' || /[<>]/.test(added) || at < 0)
		throw new Error(`the style prints an access date as “${added}”, which the cite-this script cannot write (it writes “${date}” for ${sampleAccessDate.iso})`);
	const plain = unescape(added);
	return { htmlBefore: without.slice(0, start), htmlAfter: without.slice(start), before: plain.slice(0, at), after: plain.slice(at + date.length), locale };
}
