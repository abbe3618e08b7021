import type { z } from 'zod';
import { ContentError, type ContentProblem } from './data-errors';
import { readText, validateList, validateRecord } from './yaml-data';
import { creativeIndustriesSchema } from '../schemas/creative-industries';
import { factSchema } from '../schemas/fact';
import { figureSpecSchema } from '../schemas/figure';
import { glossaryTermSchema } from '../schemas/glossary-term';
import { gazetteerSchema } from '../schemas/place';
import { growthSchema } from '../schemas/growth';
import { torchSchema } from '../schemas/torch';
import { typologySchema } from '../schemas/typology';
import { zhongguancunSchema } from '../schemas/zhongguancun';

/** The report's data sets: file and schema of each. Two are lists (facts, figures); these are single records. */
export const dataSets = {
	typology: { file: 'content/data/typology.yaml', schema: typologySchema },
	growth: { file: 'content/data/growth.yaml', schema: growthSchema },
	torch: { file: 'content/data/torch.yaml', schema: torchSchema },
	zhongguancun: { file: 'content/data/zhongguancun.yaml', schema: zhongguancunSchema },
	creative: { file: 'content/data/creative-industries.yaml', schema: creativeIndustriesSchema },
	places: { file: 'content/data/places.yaml', schema: gazetteerSchema },
} as const;
export const factsFile = 'content/data/facts.yaml';
export const figuresFile = 'content/data/figures.yaml';
export const glossaryFile = 'content/glossary.yaml';

export type DataSetName = keyof typeof dataSets;
export type ReportData = { [K in DataSetName]: z.infer<(typeof dataSets)[K]['schema']> } & {
	facts: z.infer<typeof factSchema>[];
	figures: z.infer<typeof figureSpecSchema>[];
	glossary: z.infer<typeof glossaryTermSchema>[];
};

/** Loads and validates every data set, collecting the problems of all files before failing. */
export function loadData(root: string): ReportData {
	const problems: ContentProblem[] = [];
	const out: Partial<Record<string, unknown>> = {};
	const attempt = (name: string, load: () => unknown) => {
		try {
			out[name] = load();
		} catch (error) {
			if (error instanceof ContentError) problems.push(...error.problems);
			else throw error;
		}
	};
	for (const [name, { file, schema }] of Object.entries(dataSets)) attempt(name, () => validateRecord(readText(root, file), file, schema));
	attempt('facts', () => validateList(readText(root, factsFile), factsFile, factSchema));
	attempt('figures', () => validateList(readText(root, figuresFile), figuresFile, figureSpecSchema));
	attempt('glossary', () => validateList(readText(root, glossaryFile), glossaryFile, glossaryTermSchema));
	if (problems.length) throw new ContentError(problems);
	return out as ReportData;
}
