import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { reportCollections, type CollectionName } from './load/collections';
import { dataSets, type DataSetName } from './load/data-sets';
import { reportLoader } from './load/loaders';
import { sectionSchema } from './schemas/section';

/**
 * The report's content as Astro collections (`src/load/collections.ts` lists each with its files and
 * schema). The loaders validate every entry themselves, with messages that name the file, line, entry and
 * field; the schemas here type what `getCollection` returns. A list's entries carry their position in
 * the file, since the store returns them by id.
 */
function collection<N extends Exclude<CollectionName, 'sections'>>(name: N) {
	const definition = reportCollections[name];
	const schema = definition.kind === 'list' ? z.intersection(definition.schema, z.object({ position: z.number() })) : definition.schema;
	return defineCollection({ loader: reportLoader(name), schema });
}

export const collections = {
	/** content/sections/NN-<id>.mdx: one MDX file a section, compiled by @astrojs/mdx when rendered. */
	sections: defineCollection({ loader: reportLoader('sections'), schema: sectionSchema }),
	report: collection('report'),
	references: collection('references'),
	errata: collection('errata'),
	glossary: collection('glossary'),
	facts: collection('facts'),
	figures: collection('figures'),
	// The data sets the figures draw (src/load/data-sets.ts): a new chart's data set becomes a collection by being listed there.
	...(Object.fromEntries((Object.keys(dataSets) as DataSetName[]).map((name) => [name, collection(name)])) as { [K in DataSetName]: ReturnType<typeof collection<K>> }),
};
