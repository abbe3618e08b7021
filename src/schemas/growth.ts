import { z } from 'zod';
import { defineDataSet } from './data-set';
import { citationKey, permanentId, uniqueIds } from './ids';

const percent = z
	.number({ message: 'must be a number' })
	.min(0, { message: 'is a percentage, so it must lie between 0 and 100' })
	.max(100, { message: 'is a percentage, so it must lie between 0 and 100' });

/** Growth of the cities with developed clusters (`content/data/growth.yaml`). */
export const growthSchema = z.strictObject({
	/** Citation key of the source. */
	source: citationKey,
	/** What is measured, shown as the axis title. */
	measure: z.string().min(1),
	/** Unit of every value here. */
	unit: z.literal('percent', { message: 'must be "percent": growth rates are percentages' }),
	/** The rate the text compares the cities with ("around 20% a year"). */
	benchmark: z.strictObject({
		value: percent,
		/** How the text states it. */
		label: z.string().min(1),
	}),
	/** The cities, in the draft's order. */
	cities: z
		.array(
			z.strictObject({
				id: permanentId,
				name: z.string().min(1),
				province: z.string().min(1),
				/** Annual GDP growth, in percent. */
				value: percent,
			}),
		)
		.min(1)
		.superRefine(uniqueIds),
});

export type Growth = z.infer<typeof growthSchema>;

export const growthData = defineDataSet({
	name: 'growth',
	file: 'content/data/growth.yaml',
	schema: growthSchema,
	sources: (g) => [{ field: 'source', key: g.source }],
	facts: (g) => [...g.cities.map((c) => ({ id: c.id, quantity: { value: c.value, unit: g.unit }, source: g.source })), { id: 'benchmark', quantity: { value: g.benchmark.value, unit: g.unit }, source: g.source }],
});
