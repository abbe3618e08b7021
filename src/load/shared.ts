/**
 * One value for every instance of a module in this process. The build's check loads the project's modules
 * from astro.config, and the pages' bundle (built by Vite) loads them again: without this, each instance
 * would keep its own model, its own font cuts and its own citations, and do the work twice.
 */
export function processShared<T>(name: string, create: () => T): T {
	const slots = globalThis as Record<symbol, unknown>;
	return (slots[Symbol.for(`report-site.${name}`)] ??= create()) as T;
}
