import { z } from 'zod';
import { quantitySchema, unitValue } from './quantity';
import { defineDataSet } from './data-set';
import { citationKey } from './ids';

const count = quantitySchema.extend({ unit: z.literal('count', { message: 'must be "count"' }), value: unitValue('count') });

/** The Torch Program's results (`content/data/torch.yaml`). */
export const torchSchema = z.strictObject({
	/** Citation key of the source of the numbers; left out when they are the draft's own, as they are. */
	source: citationKey.optional(),
	/** Citation key of a work the draft points to for more information (not the source of the numbers). */
	furtherInformation: citationKey.optional(),
	/** Year the programme was launched. */
	launched: quantitySchema.extend({ unit: z.literal('year', { message: 'must be "year"' }), value: unitValue('year') }),
	/** Projects funded since the launch. */
	projectsFunded: count,
	/** Projects still under way. */
	ongoingProjects: count,
	/** Profit made by the ongoing projects. */
	ongoingProfit: quantitySchema.extend({ unit: z.literal('billion-yuan', { message: 'must be "billion-yuan"' }), value: unitValue('billion-yuan') }),
	/** Patents won by the technology industrial parks and clusters in one year. */
	patents: z.strictObject({
		year: unitValue('year'),
		domestic: count,
		international: count,
	}),
});

export type Torch = z.infer<typeof torchSchema>;

export const torchData = defineDataSet({
	name: 'torch',
	file: 'content/data/torch.yaml',
	schema: torchSchema,
	sources: (t) => [
		{ field: 'source', key: t.source },
		{ field: 'furtherInformation', key: t.furtherInformation },
	],
	check: (t) => [
		...(t.ongoingProjects.value > t.projectsFunded.value ? [{ field: 'ongoingProjects.value', message: `${t.ongoingProjects.value} ongoing projects cannot exceed the ${t.projectsFunded.value} funded` }] : []),
		...(t.patents.year < t.launched.value ? [{ field: 'patents.year', message: 'is before the programme was launched' }] : []),
	],
	facts: (t) =>
		[
			{ id: 'launched', quantity: t.launched },
			{ id: 'projects-funded', quantity: t.projectsFunded },
			{ id: 'ongoing-projects', quantity: t.ongoingProjects },
			{ id: 'ongoing-profit', quantity: t.ongoingProfit },
			{ id: 'patents-year', quantity: { value: t.patents.year, unit: 'year' as const } },
			{ id: 'patents-domestic', quantity: t.patents.domestic },
			{ id: 'patents-international', quantity: t.patents.international },
		].map((f) => ({ ...f, source: t.source })),
});
