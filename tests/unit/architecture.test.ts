import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every source file under src/, with the layer it belongs to (its first folder) and what it imports. */
function sourceFiles(): Array<{ file: string; layer: string; imports: string[] }> {
	const out: Array<{ file: string; layer: string; imports: string[] }> = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/\.(ts|mjs|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
				const file = relative(src, full);
				const text = readFileSync(full, 'utf8');
				const imports = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? m[3]);
				out.push({ file, layer: file.includes('/') ? file.split('/')[0] : file, imports });
			}
		}
	};
	walk(src);
	return out;
}

/** The layer an import lands in: a folder of src/, or the package name. */
function target(file: string, spec: string): string {
	if (!spec.startsWith('.')) return spec.startsWith('astro:') ? spec : `package:${spec.split('/')[0]}`;
	const resolved = relative(src, join(src, file, '..', spec));
	return resolved.startsWith('..') ? 'outside' : resolved.split('/')[0];
}

/**
 * What each layer may import (besides itself and packages). The arrows point one way: content is
 * loaded, then modelled, then rendered and routed; charts and formatting are leaves everyone can use.
 */
const allowed: Record<string, string[]> = {
	schemas: [],
	format: ['schemas'],
	cache: [],
	charts: ['format', 'schemas'],
	load: ['schemas', 'format', 'cache'],
	model: ['load', 'schemas', 'format', 'charts', 'citation', 'cache'],
	citation: ['schemas', 'format', 'cache'],
	editorial: ['schemas'],
	site: ['model', 'load', 'schemas', 'format', 'citation', 'editorial', 'charts', 'cache'],
	integration: ['model', 'load', 'site', 'citation', 'cache'],
	// Components draw what the site layer worked out; they may name the model's and the charts' types.
	components: ['site', 'format', 'components', 'charts', 'citation', 'model', 'cache'],
	layouts: ['components', 'site', 'styles'],
	pages: ['components', 'layouts', 'model', 'site', 'format'],
	'content.config.ts': ['load', 'schemas'],
	types: [],
	styles: [],
};

describe('the architecture', () => {
	const files = sourceFiles();
	test('every source file sits in a known layer', () => {
		expect(files.filter((f) => !(f.layer in allowed)).map((f) => f.file)).toEqual([]);
	});
	test('imports only point down the layers: charts and schemas depend on nothing above them, renderers on no page', () => {
		const wrong: string[] = [];
		for (const f of files) {
			for (const spec of f.imports) {
				const to = target(f.file, spec);
				if (to.startsWith('package:') || to === f.layer) continue;
				if (to.startsWith('astro:')) continue;
				if (!(allowed[f.layer] ?? []).includes(to)) wrong.push(`${f.file} imports ${spec} (${f.layer} → ${to})`);
			}
		}
		expect(wrong).toEqual([]);
	});
	test('the collections are declared in one place and read in one: the pages and components ask the model', () => {
		expect(files.filter((f) => f.imports.some((i) => i === 'astro:content')).map((f) => f.file)).toEqual(['content.config.ts', 'model/collections.ts']);
	});
	test('only the loading layer reads files (node:fs), besides the build guard reading the built site and the editions written into it', () => {
		const readers = files.filter((f) => f.imports.some((i) => i === 'node:fs' || i === 'fs' || i === 'node:fs/promises')).map((f) => f.file);
		expect(readers.filter((f) => !f.startsWith('load/') && !f.startsWith('cache/') && f !== 'site/permalinks.ts' && f !== 'integration/editions.ts' && !f.startsWith('citation/'))).toEqual([]);
	});
	test('charts are pure: no DOM, no d3-selection, no file access', () => {
		const impure = files.filter((f) => f.layer === 'charts' && f.imports.some((i) => /^(node:|fs$|d3-selection|jsdom|linkedom)/.test(i) || /\bdocument\.|window\./.test(readFileSync(join(src, f.file), 'utf8'))));
		expect(impure.map((f) => f.file)).toEqual([]);
	});
	test('the test finds imports at all (so the rules above cannot pass by reading nothing)', () => {
		expect(files.length).toBeGreaterThan(30);
		expect(files.find((f) => f.file === 'model/build.ts')?.imports).toContain('../charts');
	});
});
