import type { Quantity } from '../schemas/quantity';
import type { DataSetDefinition } from '../schemas/data-set';
import { contentFiles } from '../load/files';
import { dataSets, type ReportData } from '../load/data-sets';
import { formatQuantity } from '../format/number';

/** A number the prose may quote, with where it comes from. */
export interface QuotableFact extends Quantity {
	/** The data file that holds it. */
	file: string;
	/** Citation key of its source, if any. */
	source?: string;
}

/**
 * Every number the prose may quote with `<Num id="…" />`, keyed `<data set>.<name>` (`growth.huizhou`,
 * `torch.projects-funded`): what each data set declares it holds (`facts` in `defineDataSet`), and the
 * facts quoted on their own (`facts.<id>`). The text and the charts read the same entries.
 */
export function quotableFacts(data: ReportData): Map<string, QuotableFact> {
	const facts = new Map<string, QuotableFact>();
	const add = (id: string, q: Quantity, file: string, source?: string) => facts.set(id, { value: q.value, unit: q.unit, file, ...(source ? { source } : {}) });
	for (const [name, definition] of Object.entries(dataSets) as Array<[keyof typeof dataSets, DataSetDefinition]>) {
		const value = data[name];
		if (value === undefined) continue;
		for (const f of definition.facts?.(value) ?? []) add(`${definition.name}.${f.id}`, f.quantity, definition.file, f.source);
	}
	for (const f of data.facts) add(`facts.${f.id}`, f, contentFiles.facts, f.source);
	return facts;
}

/** Replaces `{set.name}` in a summary, caption or definition with the number it names, formatted. */
export function fillNumbers(text: string, facts: Map<string, QuotableFact>): { text: string; unknown: string[] } {
	const unknown: string[] = [];
	const filled = text.replace(/\{([a-z][a-z0-9-]*\.[a-z0-9-]+)\}/g, (whole, id: string) => {
		const fact = facts.get(id);
		if (!fact) {
			unknown.push(id);
			return whole;
		}
		return formatQuantity(fact);
	});
	return { text: filled, unknown };
}
