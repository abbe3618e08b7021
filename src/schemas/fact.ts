import { z } from 'zod';
import { checkUnitRange, quantitySchema } from './quantity';
import { citationKey, permanentId } from './ids';

/** A figure quoted on its own (`content/data/facts.yaml`). */
export const factSchema = quantitySchema.extend({
	/** Permanent id; the prose quotes it as `<Num id="facts.<id>" />`. */
	id: permanentId,
	/** What the number is, completing the sentence "<number> …". */
	label: z.string().min(1),
	/** The section that states it. */
	section: permanentId,
	/** Citation key of the source, when the draft gives one. */
	source: citationKey.optional(),
}).superRefine(checkUnitRange);

export type Fact = z.infer<typeof factSchema>;
