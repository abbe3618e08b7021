import type { z } from 'zod';
import { creativeIndustriesSchema } from '../schemas/creative-industries';
import { factSchema } from '../schemas/fact';
import { figureSpecSchema } from '../schemas/figure';
import { glossaryTermSchema } from '../schemas/glossary-term';
import { gazetteerSchema } from '../schemas/place';
import { growthSchema } from '../schemas/growth';
import { torchSchema } from '../schemas/torch';
import { typologySchema } from '../schemas/typology';
import { zhongguancunSchema } from '../schemas/zhongguancun';

/** The report's data sets that are single records: the file and schema of each. */
export const dataSets = {
	typology: { file: 'content/data/typology.yaml', schema: typologySchema },
	growth: { file: 'content/data/growth.yaml', schema: growthSchema },
	torch: { file: 'content/data/torch.yaml', schema: torchSchema },
	zhongguancun: { file: 'content/data/zhongguancun.yaml', schema: zhongguancunSchema },
	creative: { file: 'content/data/creative-industries.yaml', schema: creativeIndustriesSchema },
	places: { file: 'content/data/places.yaml', schema: gazetteerSchema },
} as const;

export type DataSetName = keyof typeof dataSets;

/** Every validated data set, with the lists kept beside them (facts, figure captions, glossary). */
export type ReportData = { [K in DataSetName]: z.infer<(typeof dataSets)[K]['schema']> } & {
	facts: z.infer<typeof factSchema>[];
	figures: z.infer<typeof figureSpecSchema>[];
	glossary: z.infer<typeof glossaryTermSchema>[];
};
