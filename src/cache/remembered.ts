import { createHash } from 'node:crypto';

/** A digest of any JSON-serialisable inputs: what a remembered result is keyed on. */
export function inputsDigest(inputs: unknown): string {
	return createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');
}

// One store for every instance of this module in the process (the integration's and the pages' bundle).
const store = ((globalThis as Record<symbol, unknown>)[Symbol.for('report-site.remembered')] ??= new Map<string, Map<string, unknown>>()) as Map<string, Map<string, unknown>>;

/**
 * The result of `compute` for these inputs, computed once: work that is expensive and deterministic (a
 * citation style run over the report's citations, a chart's layout) is done again only when what it is
 * computed from changes. In `astro dev`, a prose edit then rebuilds the model without compiling a citation
 * style or placing the map's labels again. `name` names the kind of work; the last `keep` results of each
 * are kept.
 */
export function remembered<T>(name: string, inputs: unknown, compute: () => T, keep = 4): T {
	let results = store.get(name);
	if (!results) store.set(name, (results = new Map()));
	const key = inputsDigest(inputs);
	if (results.has(key)) {
		const value = results.get(key) as T;
		// Most recently used last, so the oldest is dropped first.
		results.delete(key);
		results.set(key, value);
		return value;
	}
	const value = compute();
	results.set(key, value);
	while (results.size > keep) results.delete(results.keys().next().value!);
	return value;
}
