import { z } from 'zod';

/** A person (`{family, given}`) or an organisation written as one name (`{literal}`). */
export const personSchema = z.union([
	z.strictObject({
		/** Family name, as cited. */
		family: z.string().min(1),
		/** Given names or initials. */
		given: z.string().min(1).optional(),
	}),
	z.strictObject({
		/** An organisation, or a name that must not be split, such as "Natural Earth". */
		literal: z.string().min(1),
	}),
]);

export type Person = z.infer<typeof personSchema>;

/** The name a person or an organisation is listed and sorted under. */
export function familyOrLiteral(p: Person): string {
	return 'literal' in p ? p.literal : p.family;
}
