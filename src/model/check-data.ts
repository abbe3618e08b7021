import type { ContentProblem } from '../load/problems';
import { contentFiles } from '../load/files';
import { dataSets, type ReportData } from '../load/data-sets';
import type { DataSetDefinition } from '../schemas/data-set';

/**
 * Cross-checks the data against the references and the sections: every source key a data set names is a
 * reference, each data set's own rules hold (src/schemas/, `defineDataSet`), and each fact names a real
 * section. Data sets the report leaves out are skipped.
 */
export function checkData(data: ReportData, referenceKeys: ReadonlySet<string>, sectionIds: ReadonlySet<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const source = (file: string, entry: string | undefined, field: string, key: string | undefined) => {
		if (key !== undefined && !referenceKeys.has(key)) problems.push({ file, ...(entry ? { entry } : {}), field, message: `"${key}" is not a key in ${contentFiles.references}` });
	};
	for (const [name, definition] of Object.entries(dataSets) as Array<[keyof typeof dataSets, DataSetDefinition]>) {
		const value = data[name];
		if (value === undefined) continue;
		for (const s of definition.sources?.(value) ?? []) source(definition.file, s.entry, s.field, s.key);
		for (const p of definition.check?.(value, { sectionIds }) ?? []) problems.push({ file: definition.file, ...p });
	}
	for (const f of data.facts) {
		source(contentFiles.facts, f.id, 'source', f.source);
		if (!sectionIds.has(f.section)) problems.push({ file: contentFiles.facts, entry: f.id, field: 'section', message: `"${f.section}" is not a section id` });
	}
	return problems;
}
