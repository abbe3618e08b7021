import { z } from 'zod';

/** A character's code point as messages name it: `U+043E`. */
export const codePointLabel = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * For an id that must be plain ASCII: the first character that is not, named with its code point, as a clause
 * to add to a message (`; "о" (U+043E) is not a plain ASCII letter, digit or hyphen`), or '' when there is none.
 * A Cyrillic "о" or a zero-width joiner looks like (or like nothing in) a valid id.
 */
export function notAscii(id: string): string {
	const odd = [...id].find((c) => !/^[\x20-\x7e]$/.test(c));
	return odd === undefined ? '' : `; "${odd}" (${codePointLabel(odd)}) is not a plain ASCII letter, digit or hyphen`;
}

/**
 * A string that must match `pattern`, refused with `rule` completed by the value; a character that is not
 * ASCII is named with its code point, since it may look exactly like a valid one.
 */
function asciiId(pattern: RegExp, rule: string) {
	return z.string().superRefine((id, ctx) => {
		if (pattern.test(id)) return;
		const odd = notAscii(id);
		// With a character that is not ASCII the sentence is whole (the character named); otherwise the value is added to it.
		if (odd) ctx.addIssue({ code: 'custom', message: `${rule}, but is the text "${id}"${odd}`, input: id, params: { complete: true } });
		else ctx.addIssue({ code: 'custom', message: rule, input: id });
	});
}

/** A permanent, readable identifier: lowercase words joined by hyphens (`fund-support`). */
export const permanentId = asciiId(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, such as "fund-support"');

/** A citation key: lowercase letters and digits, first author or short name then year (`shao2007`). */
export const citationKey = asciiId(/^[a-z][a-z0-9]*$/, 'must be lowercase letters and digits, such as "shao2007"');

/** An ISO calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

/**
 * Refuses a list whose entries repeat an `id`, once per repeat, at the repeated entry's id: checked
 * while loading, so that later checks never see two entries under one id.
 */
export function uniqueIds(list: ReadonlyArray<{ id: string }>, ctx: z.core.$RefinementCtx): void {
	const first = new Map<string, number>();
	list.forEach((item, i) => {
		const seen = first.get(item.id);
		if (seen === undefined) first.set(item.id, i);
		else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `repeats the id of entry number ${seen + 1} in this list; ids must be unique`, input: item.id, params: { complete: true } });
	});
}
