import type { Quantity } from '../schemas/quantity';
import type { ReportData } from '../load/data-sets';
import { formatQuantity } from '../format/number';

/** A number the prose may quote, with where it comes from. */
export interface QuotableFact extends Quantity {
	/** The data file that holds it. */
	file: string;
	/** Citation key of its source, if any. */
	source?: string;
}

/**
 * Every number the prose may quote with `<Num id="…" />`, keyed `<data set>.<name>`
 * (`growth.huizhou`, `torch.projects-funded`). The text and the charts read the same entries.
 */
export function quotableFacts(data: ReportData): Map<string, QuotableFact> {
	const facts = new Map<string, QuotableFact>();
	const add = (id: string, q: Quantity, file: string, source?: string) => facts.set(id, { value: q.value, unit: q.unit, file, ...(source ? { source } : {}) });

	const g = data.growth;
	for (const c of g.cities) add(`growth.${c.id}`, { value: c.value, unit: g.unit }, 'content/data/growth.yaml', g.source);
	add('growth.benchmark', { value: g.benchmark.value, unit: g.unit }, 'content/data/growth.yaml', g.source);

	for (const f of data.facts) add(`facts.${f.id}`, f, 'content/data/facts.yaml', f.source);

	const t = data.torch;
	const torchFile = 'content/data/torch.yaml';
	add('torch.launched', t.launched, torchFile, t.source);
	add('torch.projects-funded', t.projectsFunded, torchFile, t.source);
	add('torch.ongoing-projects', t.ongoingProjects, torchFile, t.source);
	add('torch.ongoing-profit', t.ongoingProfit, torchFile, t.source);
	add('torch.patents-year', { value: t.patents.year, unit: 'year' }, torchFile, t.source);
	add('torch.patents-domestic', t.patents.domestic, torchFile, t.source);
	add('torch.patents-international', t.patents.international, torchFile, t.source);

	const z = data.zhongguancun;
	const zFile = 'content/data/zhongguancun.yaml';
	for (const lever of z.levers) for (const f of lever.figures) add(`zhongguancun.${f.id}`, f, zFile, z.policySource);
	for (const f of z.ecosystem) add(`zhongguancun.${f.id}`, f, zFile, z.source);

	add('creative.shanghai-clusters', data.creative.shanghai.clusterCount, 'content/data/creative-industries.yaml');
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
