import { z } from 'zod';
import { checkUnitRange, quantitySchema } from './quantity';
import { defineDataSet, repeated, type DataProblem } from './data-set';
import { citationKey, permanentId, uniqueIds } from './ids';

const figureFields = quantitySchema.extend({
	id: permanentId,
	/** What the number is. */
	label: z.string().min(1),
});

/** A labelled figure of the case study; its value lies in its unit's range. */
export const figureSchema = figureFields.superRefine(checkUnitRange);

/** Zhongguancun Science Park (`content/data/zhongguancun.yaml`). */
export const zhongguancunSchema = z.strictObject({
	/** Citation key of the case study's source. */
	source: citationKey,
	/** Citation key of the Park's regulations, the source of the policies. */
	policySource: citationKey,
	/** The four policies of the case study (the draft's "I. Fund support" to "IV. Tax policy"). */
	levers: z
		.array(
			z.strictObject({
				id: permanentId,
				name: z.string().min(1),
				/** One line on what the lever does. */
				summary: z.string().min(1),
				/**
				 * Who gives the policy, as the text attributes it: the Beijing Municipal People's Government for
				 * fund support; the Park's 2002 regulations (the draft's source line) for the others.
				 */
				attribution: z.string().min(1),
				/** What the text says the policy acts on: firms (companies, industries) or the professionals it attracts. */
				actsOn: z.enum(['firms', 'professionals'], { message: 'must be "firms" or "professionals", as the text says' }),
				figures: z.array(figureSchema).min(1),
			}),
		)
		.min(1)
		.superRefine(uniqueIds),
	/** Counts of universities, students, institutes, laboratories and firms in the Park. */
	ecosystem: z
		.array(
			figureFields
				.extend({
					/** Which side of the partnership it counts: universities and institutes, or firms. */
					side: z.enum(['research', 'industry']),
				})
				.superRefine(checkUnitRange),
		)
		.min(1),
	/** Research institutes and universities (Table 1, first column). */
	institutions: z
		.array(
			z.strictObject({
				id: permanentId,
				name: z.string().min(1),
				/** Name used in charts when the full name is long. */
				short: z.string().min(1).optional(),
				/** The institution this one belongs to (an institute of the Academy). */
				parent: permanentId.optional(),
			}),
		)
		.min(1),
	/** Enterprises invested in by them (Table 1, second and third columns). */
	enterprises: z
		.array(
			z.strictObject({
				id: permanentId,
				name: z.string().min(1),
				short: z.string().min(1).optional(),
				note: z.string().min(1),
			}),
		)
		.min(1),
	/** Which institution invested in which enterprise. */
	links: z.array(z.strictObject({ from: permanentId, to: permanentId })).min(1),
});

export type Zhongguancun = z.infer<typeof zhongguancunSchema>;

export const zhongguancunData = defineDataSet({
	name: 'zhongguancun',
	file: 'content/data/zhongguancun.yaml',
	schema: zhongguancunSchema,
	sources: (z) => [
		{ field: 'source', key: z.source },
		{ field: 'policySource', key: z.policySource },
	],
	facts: (z) => [...z.levers.flatMap((l) => l.figures.map((f) => ({ id: f.id, quantity: f, source: z.policySource }))), ...z.ecosystem.map((f) => ({ id: f.id, quantity: f, source: z.source }))],
	check: (z) => {
		const problems: DataProblem[] = [];
		const unique = (field: string, ids: string[]) => repeated(ids).forEach((id) => problems.push({ entry: id, field: 'id', message: `is used twice in ${field}; ids must be unique` }));
		unique('figures and ecosystem', [...z.levers.flatMap((l) => l.figures.map((f) => f.id)), ...z.ecosystem.map((f) => f.id)]);
		unique('institutions and enterprises', [...z.institutions.map((i) => i.id), ...z.enterprises.map((e) => e.id)]);
		const institutions = new Set(z.institutions.map((i) => i.id));
		const enterprises = new Set(z.enterprises.map((e) => e.id));
		for (const i of z.institutions) {
			if (i.parent && !institutions.has(i.parent)) problems.push({ entry: i.id, field: 'parent', message: `"${i.parent}" is not an institution listed in institutions` });
			if (i.parent === i.id) problems.push({ entry: i.id, field: 'parent', message: 'an institution cannot be its own parent' });
		}
		z.links.forEach((link, n) => {
			const entry = `${link.from} → ${link.to}`;
			if (!institutions.has(link.from)) problems.push({ entry, field: `links.${n}.from`, message: `"${link.from}" is not an institution listed in institutions` });
			if (!enterprises.has(link.to)) problems.push({ entry, field: `links.${n}.to`, message: `"${link.to}" is not an enterprise listed in enterprises` });
		});
		const linked = new Set(z.links.map((l) => l.to));
		for (const e of z.enterprises) if (!linked.has(e.id)) problems.push({ entry: e.id, field: 'links', message: 'no link names this enterprise; say which institution invested in it' });
		return problems;
	},
});
