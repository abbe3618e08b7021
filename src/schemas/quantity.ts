import { z } from 'zod';

/** Units a quantity may be stated in; each has one way of being written (see lib/format). */
export const units = ['percent', 'count', 'billion-yuan', 'year', 'years'] as const;
export type Unit = (typeof units)[number];

/** The range of numbers each unit allows, and how a message states it. */
export const unitRanges: Record<Unit, { min: number; max: number; whole: boolean; rule: string }> = {
	percent: { min: 0, max: 100, whole: false, rule: 'is a percentage, so it must lie between 0 and 100' },
	count: { min: 0, max: 1e9, whole: true, rule: 'is a count, so it must be a whole number from 0 to 1,000,000,000' },
	'billion-yuan': { min: 0, max: 1e6, whole: false, rule: 'is an amount in billions of yuan, so it must lie between 0 and 1,000,000' },
	year: { min: 1800, max: 2100, whole: true, rule: 'is a calendar year, so it must be a whole number from 1800 to 2100' },
	years: { min: 0, max: 1000, whole: false, rule: 'is a duration in years, so it must lie between 0 and 1,000' },
};

/** Whether a number lies in its unit's range. */
export const inRange = (unit: Unit, value: number): boolean => {
	const range = unitRanges[unit];
	return value >= range.min && value <= range.max && (!range.whole || Number.isInteger(value));
};

/** A number of one unit, refused with one message that states the unit's range. */
export const unitValue = (unit: Unit) => z.number().refine((n) => inRange(unit, n), { message: unitRanges[unit].rule });

/**
 * A number with its declared unit: `percent` (19.7%), `count` (14,884), `billion-yuan`
 * (3.14 billion yuan), `year` (a calendar year, 1988) or `years` (a duration, 3 years).
 */
export const quantitySchema = z.strictObject({
	/** The number itself, as the source gives it. */
	value: z.number({ message: 'must be a number' }).finite(),
	/** What it counts or measures. */
	unit: z.enum(units),
});

/** Refuses a quantity whose value lies outside its unit's range, at its `value` field. */
export function checkUnitRange(q: { value: number; unit: Unit }, ctx: z.core.$RefinementCtx): void {
	if (!inRange(q.unit, q.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: unitRanges[q.unit].rule, input: q.value });
}

export type Quantity = z.infer<typeof quantitySchema>;
