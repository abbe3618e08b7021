import { z } from 'zod';

/** Units a quantity may be stated in; each has one way of being written (see lib/format). */
export const units = ['percent', 'count', 'billion-yuan', 'year', 'years'] as const;
export type Unit = (typeof units)[number];

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

export type Quantity = z.infer<typeof quantitySchema>;
