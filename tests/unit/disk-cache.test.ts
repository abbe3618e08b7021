import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { cachedBytes, cachedJson, codeVersion, pruneUnused, startCacheUse, useCacheDir } from '../../src/cache/disk';

const project = fileURLToPath(new URL('../../', import.meta.url));
const dirs: string[] = [];
const temporary = (name: string) => {
	const dir = mkdtempSync(join(tmpdir(), `report-cache-${name}-`));
	dirs.push(dir);
	return dir;
};
afterEach(() => useCacheDir(join(project, 'node_modules', '.astro', 'report-cache'), project));
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A computation that counts how often it runs. */
const counted = <T>(value: T) => {
	const fn = () => {
		fn.runs++;
		return value;
	};
	fn.runs = 0;
	return fn;
};

describe('the disk cache', () => {
	test('computes a result once for the same inputs and code, and reads it from the disk after that', () => {
		useCacheDir(temporary('json'), project);
		const compute = counted({ a: 1, list: ['x'] });
		expect(cachedJson('kind', { input: 1 }, compute)).toEqual({ a: 1, list: ['x'] });
		expect(cachedJson('kind', { input: 1 }, compute)).toEqual({ a: 1, list: ['x'] });
		expect(compute.runs).toBe(1);
	});
	test('computes again for other inputs', () => {
		useCacheDir(temporary('inputs'), project);
		const compute = counted('v');
		cachedJson('kind', { input: 1 }, compute);
		cachedJson('kind', { input: 2 }, compute);
		expect(compute.runs).toBe(2);
	});
	test('computes again after any change of the code: a line of src/, the lock file', () => {
		const cache = temporary('code');
		const copy = temporary('project');
		for (const part of ['src', 'package-lock.json', 'astro.config.mjs']) cpSync(join(project, part), join(copy, part), { recursive: true });
		useCacheDir(cache, copy);
		const before = codeVersion();
		const compute = counted('v');
		cachedJson('kind', {}, compute);
		writeFileSync(join(copy, 'src/charts/growth.ts'), '// a change of the layout\n', { flag: 'a' });
		useCacheDir(cache, project);
		useCacheDir(cache, copy);
		expect(codeVersion()).not.toBe(before);
		cachedJson('kind', {}, compute);
		expect(compute.runs).toBe(2);
	});
	test('keeps bytes as they were made', async () => {
		useCacheDir(temporary('bytes'), project);
		const bytes = new Uint8Array([0, 1, 2, 250, 255]);
		let runs = 0;
		const make = async () => {
			runs++;
			return bytes;
		};
		expect([...(await cachedBytes('png', ['svg'], make))]).toEqual([...bytes]);
		expect([...(await cachedBytes('png', ['svg'], make))]).toEqual([...bytes]);
		expect(runs).toBe(1);
	});
	test('after a build, keeps only the entries that build used', () => {
		const cache = temporary('prune');
		useCacheDir(cache, project);
		startCacheUse();
		cachedJson('kind', { old: true }, () => 'old');
		startCacheUse();
		cachedJson('kind', { fresh: true }, () => 'fresh');
		expect(pruneUnused()).toEqual({ kept: 1, removed: 1 });
		expect(readdirSync(join(cache, 'kind'))).toHaveLength(1);
		expect(existsSync(cache)).toBe(true);
	});
});
