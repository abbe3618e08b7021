import { z } from 'zod';
import { quantitySchema, unitValue } from './quantity';
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
