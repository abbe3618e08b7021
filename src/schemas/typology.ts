import { z } from 'zod';
import { defineDataSet } from './data-set';
import { citationKey, permanentId, uniqueIds } from './ids';

/** What drives a cluster type's formation, as the draft's table names it. */
export const forceKinds = ['rural-township', 'foreign', 'urban-technology', 'state-owned'] as const;

/** A representative cluster: a place and where it lies. */
export const placeSchema = z.strictObject({
	/** The cluster's place, as the draft names it. */
	place: z.string().min(1),
	/** City, when the place is inside one (Yizhuang, Beijing). */
	city: z.string().min(1).optional(),
	/** Province. */
	province: z.string().min(1).optional(),
	/** Id of an editorial note (`content/errata.yaml`, flagged) shown beside the place where it is doubtful. */
	note: permanentId.optional(),
});

/** One type of SME cluster. */
export const clusterTypeSchema = z.strictObject({
	/** Permanent id of the type. */
	id: permanentId,
	/** The driving force as written in the table. */
	force: z.string().min(1),
	/** The driving force as one of the known kinds; decides the origin. */
	forceKind: z.enum(forceKinds),
	/** Endogenous (home-grown) or exogenous (driven from outside). */
	origin: z.enum(['endogenous', 'exogenous']),
	/** Labour- or technology-intensive. */
	intensity: z.enum(['labour', 'technology']),
	/** Representative clusters. */
	clusters: z.array(placeSchema).min(1),
});

/** The typology of SME clusters (`content/data/typology.yaml`). */
export const typologySchema = z.strictObject({
	/** Citation key of the source. */
	source: citationKey,
	/** The types, in the draft's column order. */
	types: z.array(clusterTypeSchema).min(1).superRefine(uniqueIds),
});

export type Typology = z.infer<typeof typologySchema>;
export type ClusterType = z.infer<typeof clusterTypeSchema>;

/** The rule the editors used to restore the typology's scrambled header: origin follows the driving force. */
export const originOfForce: Record<ClusterType['forceKind'], ClusterType['origin']> = {
	'rural-township': 'endogenous',
	'urban-technology': 'endogenous',
	'state-owned': 'endogenous',
	foreign: 'exogenous',
};

export const typologyData = defineDataSet({
	name: 'typology',
	file: 'content/data/typology.yaml',
	schema: typologySchema,
	sources: (t) => [{ field: 'source', key: t.source }],
	check: (t) =>
		t.types.flatMap((type) => {
			const expected = originOfForce[type.forceKind];
			return type.origin === expected ? [] : [{ entry: type.id, field: 'origin', message: `must be "${expected}": ${type.forceKind} enterprises make a cluster ${expected}` }];
		}),
});
