import { defineCollection } from 'astro:content';
import { contentFiles } from './lib/content-source';
import { sectionFiles, yamlList, yamlRecord } from './lib/content-loaders';
import { erratumSchema } from './schemas/erratum';
import { referenceSchema } from './schemas/reference';
import { reportSchema } from './schemas/report';
import { sectionSchema } from './schemas/section';

export const collections = {
	sections: defineCollection({ loader: sectionFiles(contentFiles.sections), schema: sectionSchema }),
	references: defineCollection({ loader: yamlList(contentFiles.references, referenceSchema), schema: referenceSchema }),
	errata: defineCollection({ loader: yamlList(contentFiles.errata, erratumSchema), schema: erratumSchema }),
	report: defineCollection({ loader: yamlRecord(contentFiles.report, 'report', reportSchema), schema: reportSchema }),
};
