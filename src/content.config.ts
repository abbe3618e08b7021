import { defineCollection } from 'astro:content';
import { contentFiles } from './lib/content-source';
import { sectionFiles, yamlList, yamlRecord } from './lib/content-loaders';
import { dataSets, factsFile, figuresFile, glossaryFile } from './lib/data-source';
import { erratumSchema } from './schemas/erratum';
import { factSchema } from './schemas/fact';
import { figureSpecSchema } from './schemas/figure';
import { glossaryTermSchema } from './schemas/glossary-term';
import { referenceSchema } from './schemas/reference';
import { reportSchema } from './schemas/report';
import { sectionSchema } from './schemas/section';

const dataSet = <K extends keyof typeof dataSets>(name: K) =>
	defineCollection({ loader: yamlRecord(dataSets[name].file, name, dataSets[name].schema), schema: dataSets[name].schema });

export const collections = {
	sections: defineCollection({ loader: sectionFiles(contentFiles.sections), schema: sectionSchema }),
	references: defineCollection({ loader: yamlList(contentFiles.references, referenceSchema), schema: referenceSchema }),
	errata: defineCollection({ loader: yamlList(contentFiles.errata, erratumSchema), schema: erratumSchema }),
	report: defineCollection({ loader: yamlRecord(contentFiles.report, 'report', reportSchema), schema: reportSchema }),
	facts: defineCollection({ loader: yamlList(factsFile, factSchema), schema: factSchema }),
	figures: defineCollection({ loader: yamlList(figuresFile, figureSpecSchema), schema: figureSpecSchema }),
	typology: dataSet('typology'),
	growth: dataSet('growth'),
	torch: dataSet('torch'),
	zhongguancun: dataSet('zhongguancun'),
	creative: dataSet('creative'),
	places: dataSet('places'),
	glossary: defineCollection({ loader: yamlList(glossaryFile, glossaryTermSchema), schema: glossaryTermSchema }),
};
