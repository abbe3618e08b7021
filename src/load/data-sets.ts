import type { z } from 'zod';
import { creativeData } from '../schemas/creative-industries';
import type { DataSetDefinition } from '../schemas/data-set';
import type { factSchema } from '../schemas/fact';
import type { figureSpecSchema } from '../schemas/figure';
import type { glossaryTermSchema } from '../schemas/glossary-term';
import { growthData } from '../schemas/growth';
import { placesData } from '../schemas/place';
import { torchData } from '../schemas/torch';
import { typologyData } from '../schemas/typology';
import { zhongguancunData } from '../schemas/zhongguancun';

/**
 * The report's data sets (each declared beside its schema with `defineDataSet`), by name. A new chart's
 * data set is added here, once: it becomes a collection, its numbers quotable, its source keys checked.
 */
export const dataSets = {
	typology: typologyData,
	growth: growthData,
	torch: torchData,
	zhongguancun: zhongguancunData,
	creative: creativeData,
	places: placesData,
} as const satisfies Record<string, DataSetDefinition>;

export type DataSetName = keyof typeof dataSets;

/** A data set's validated content. */
export type DataOf<N extends DataSetName> = z.infer<(typeof dataSets)[N]['schema']>;

/**
 * Every data set the report has (one whose file is left out is absent), with the lists kept beside them:
 * the facts quoted on their own, the figures' captions and the glossary.
 */
export type ReportData = { [N in DataSetName]?: DataOf<N> } & {
	facts: z.infer<typeof factSchema>[];
	figures: z.infer<typeof figureSpecSchema>[];
	glossary: z.infer<typeof glossaryTermSchema>[];
};
