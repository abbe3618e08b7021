import { z } from 'zod';

/** A permanent, readable identifier: lowercase words joined by hyphens (`fund-support`). */
export const permanentId = z
	.string()
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
		message: 'must be lowercase words joined by hyphens, such as "fund-support"',
	});

/** A citation key: lowercase letters and digits, first author or short name then year (`shao2007`). */
export const citationKey = z.string().regex(/^[a-z][a-z0-9]*$/, {
	message: 'must be lowercase letters and digits, such as "shao2007"',
});

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
