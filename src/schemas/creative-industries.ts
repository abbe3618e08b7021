import { z } from 'zod';
import { quantitySchema, unitValue } from './quantity';
import { defineDataSet } from './data-set';
import { citationKey, isoDate, permanentId, uniqueIds } from './ids';

/** Clusters of the creative industries in Shanghai, Chongqing and Beijing (`content/data/creative-industries.yaml`). */
export const creativeIndustriesSchema = z.strictObject({
	shanghai: z.strictObject({
		/** The coordinating centre. */
		centre: z.string().min(1),
		/** Date the centre was established. */
		established: isoDate,
		/** Number of clusters, as the draft states it; must match the districts listed. */
		clusterCount: quantitySchema.extend({ unit: z.literal('count'), value: unitValue('count') }),
		/** Districts with a cluster. */
		districts: z.array(z.string().min(1)).min(1),
		/** What the clusters do. */
		activities: z.array(z.string().min(1)).min(1),
	}),
	chongqing: z.strictObject({
		plan: z.string().min(1),
		district: z.string().min(1),
		role: z.string().min(1),
	}),
	beijing: z.strictObject({
		clusters: z
			.array(
				z.strictObject({
					id: permanentId,
					name: z.string().min(1),
					note: z.string().min(1).optional(),
					source: citationKey.optional(),
				}),
			)
			.min(1)
			.superRefine(uniqueIds),
	}),
});

export type CreativeIndustries = z.infer<typeof creativeIndustriesSchema>;

export const creativeData = defineDataSet({
	name: 'creative',
	file: 'content/data/creative-industries.yaml',
	schema: creativeIndustriesSchema,
	sources: (c) => c.beijing.clusters.map((cluster) => ({ entry: cluster.id, field: 'source', key: cluster.source })),
	facts: (c) => [{ id: 'shanghai-clusters', quantity: c.shanghai.clusterCount }],
	check: (c) =>
		c.shanghai.clusterCount.value !== c.shanghai.districts.length
			? [{ entry: 'shanghai', field: 'clusterCount.value', message: `says ${c.shanghai.clusterCount.value} clusters but ${c.shanghai.districts.length} districts are listed` }]
			: [],
});
