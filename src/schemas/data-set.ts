import type { z } from 'zod';
import type { Quantity } from './quantity';

/** A problem a data set's own cross-checks find, at an entry and field of its file. */
export interface DataProblem {
	entry?: string;
	field?: string;
	message: string;
}

/**
 * A data set of the report: one YAML file in `content/data/`, its schema, and what the rest of the report
 * reads from it. Each is declared beside its schema and listed once in `src/load/data-sets.ts`; it becomes
 * a content collection, its numbers become quotable with `<Num id="<name>.<id>" />`, and the charts that
 * draw it name it. A report that places no figure drawing it and quotes none of its numbers may leave its
 * file out.
 */
export interface DataSetDefinition<S extends z.ZodType = z.ZodType> {
	/** Its collection's name and the first part of the ids of its numbers (`growth.huizhou`). */
	name: string;
	file: string;
	schema: S;
	/** The numbers the prose may quote, by id, each with the citation key of its source. */
	facts?: (data: z.infer<S>) => Array<{ id: string; quantity: Quantity; source?: string | undefined }>;
	/** Every citation key the data names, at its field (and entry): each must be a reference. */
	sources?: (data: z.infer<S>) => Array<{ field: string; entry?: string; key: string | undefined }>;
	/** Rules across its fields that a schema cannot state, and the sections it names. */
	check?: (data: z.infer<S>, report: { sectionIds: ReadonlySet<string> }) => DataProblem[];
}

/** Declares a data set, keeping its schema's type for the functions that read it. */
export const defineDataSet = <S extends z.ZodType>(definition: DataSetDefinition<S>): DataSetDefinition<S> => definition;

/** The ids repeated in a list, once per repeat. */
export const repeated = (ids: string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);
