import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * The second wall: a section that reached @astrojs/mdx without the loader's check (the model refuses it
 * first) is still refused by the report's remark plugin before it is compiled to code, with its file and
 * line. Each payload would write a file if it ran; none is written.
 */
const dir = mkdtempSync(join(tmpdir(), 'report-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const written = (name: string) => join(dir, `pwned-${name}`);
/** Code that writes a file when it runs (checked below by running it). */
const writes = (name: string) => `globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(written(name))}, 'ran')`;

const frontmatter = (extra = '') => `---\nid: payload\ntitle: A section\norder: 1\nsummary: A section that carries a payload.\n${extra}---\n\n`;
const payloads = [
	{ name: 'export', mdx: `${frontmatter()}Text.\n\nexport const x = ${writes('export')}\n`, line: 10 },
	{ name: 'expression', mdx: `${frontmatter()}Text {${writes('expression')}} more.\n`, line: 8 },
	{ name: 'attribute', mdx: `${frontmatter()}Text <Num id={${writes('attribute')}} /> more.\n`, line: 8 },
	{ name: 'layout', mdx: `${frontmatter(`layout: "data:text/javascript,${encodeURIComponent(`${writes('layout')};export default () => ''`)}"\n`)}Text.\n`, line: 6 },
];

describe('the remark guard of @astrojs/mdx', () => {
	test('each payload is real: its code writes its file when it runs', () => {
		for (const { name } of payloads.filter((p) => p.name !== 'layout')) {
			new Function(writes(name))();
			expect(existsSync(written(name))).toBe(true);
			rmSync(written(name));
		}
	});
	for (const { name, mdx, line } of payloads) {
		test(`refuses a section with ${name === 'layout' ? 'a frontmatter layout' : `an ${name}`} before compiling it, naming the file and line, and nothing runs`, async () => {
			const file = join(dir, `${name}.mdx`);
			writeFileSync(file, mdx);
			await expect(import(/* @vite-ignore */ file)).rejects.toThrow(new RegExp(`${name}\\.mdx:${line}, entry "payload"`));
			expect(existsSync(written(name))).toBe(false);
		});
	}
});
