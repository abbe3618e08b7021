import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildProject, projectCopy, removeCopies } from './fixture-copy';

/** A copy of the project with one content file changed, built the way `npm run build` builds it. */
function buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
	const dir = projectCopy();
	writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
	return buildProject(dir);
}

/** A copy of the project changed by `change` (given its directory) and built; the directory comes back too. */
function buildChanged(change: (dir: string) => void): { status: number | null; output: string; dir: string } {
	const dir = projectCopy();
	change(dir);
	return { ...buildProject(dir), dir };
}

afterAll(removeCopies);

describe('the build', () => {
	test('stops on an unknown citation key in the prose, naming the file and the key', () => {
		const { status, output } = buildWith('content/sections/04-problems.mdx', (t) => t.replace('[@auhenderson2004]', '[@auhenderson2040]'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/sections\/04-problems\.mdx:\d+, entry "problems": cites "auhenderson2040", which is not a key in content\/references\.yaml/);
		// The author reads the problem, not a stack trace or Astro's "unhandled error" wrapper.
		expect(output).not.toMatch(/unhandled error|\n\s+at .+:\d+:\d+/i);
	}, 60_000);
	test('stops on a growth rate that is not a number, naming the file, the city and the field', () => {
		const { status, output } = buildWith('content/data/growth.yaml', (t) => t.replace('value: 19.7', 'value: "19.7%"'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/data\/growth\.yaml:\d+, entry "huizhou", field "cities\.0\.value": must be a number, but is the text "19\.7%"/);
	}, 60_000);
	test('stops when a published heading id disappears, naming the permalink and how to keep it, before drawing anything', () => {
		const { status, output } = buildWith('content/sections/07-zhongguancun.mdx', (t) => t.replace('<H3 id="tax-policy">', '<H3 id="taxes">'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/The build stopped: one problem to fix\.\n {2}permalinks\.lock\.json:\d+: the anchor \/zhongguancun\/#tax-policy was published, and no heading of content\/sections\/07-zhongguancun\.mdx has that id any more; to keep the address, add aliases="tax-policy" to the heading that now holds its text/);
		expect(output).not.toMatch(/unhandled error|\n\s+at .+:\d+:\d+/i);
	}, 120_000);
	test('stops before drawing any page when the permalink lock is missing, saying how to recreate it on purpose', () => {
		const { status, output, dir } = buildChanged((d) => rmSync(join(d, 'permalinks.lock.json')));
		expect(status).not.toBe(0);
		expect(output).toContain('The build stopped: one problem to fix.\n  permalinks.lock.json: is missing, so the build cannot tell which published addresses would break;');
		expect(output).toContain('`npm run permalinks:lock -- --new`');
		expect(output).not.toMatch(/unhandled error|\n\s+at .+:\d+:\d+/i);
		expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
	}, 120_000);
	test('stops on a deleted section with the one page it loses, before drawing anything', () => {
		const { status, output, dir } = buildChanged((d) => rmSync(join(d, 'content/sections/04-problems.mdx')));
		expect(status).not.toBe(0);
		expect(output).toMatch(/The build stopped: one problem to fix\.\n {2}permalinks\.lock\.json:\d+: the page \/problems\/ was published, and no section has the id or an alias "problems" any more; to keep the address, add "aliases: \[problems\]"/);
		expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
	}, 120_000);
	test('publishes no file of public/ that is a link out of the project, and never quotes what it points at', () => {
		const { status, output, dir } = buildChanged((d) => symlinkSync('/etc/passwd', join(d, 'public/notes.txt')));
		expect(status).not.toBe(0);
		expect(output).toContain('public/notes.txt: is a link to a file outside the project, which the site never reads or publishes');
		expect(output).not.toContain('root:');
		expect(existsSync(join(dir, 'dist/notes.txt'))).toBe(false);
	}, 120_000);
	test.each([
		['BASE_PATH', '../x', 'BASE_PATH "../x" must be a plain path of folder names'],
		['SITE_URL', 'javascript:alert(1)', 'SITE_URL "javascript:alert(1)" must start with http:// or https://'],
	])('stops on a bad %s, naming the variable, without a stack trace', (name, value, message) => {
		const { status, output } = buildProject(projectCopy(), { [name]: value }, 60);
		expect(status).not.toBe(0);
		expect(output).toContain(message);
		expect(output).not.toMatch(/unhandled error|TypeError|\n\s+at .+:\d+:\d+/i);
	}, 90_000);
	describe('runs no code written in a section', () => {
		const target = (name: string) => join(tmpdir(), `report-build-pwned-${process.pid}-${name}`);
		const writes = (name: string) => `globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(target(name))}, 'ran')`;
		const file = 'content/sections/04-problems.mdx';
		const lineOf = (text: string, piece: string) => text.split('\n').findIndex((l) => l.includes(piece)) + 1;
		test.each([
			['an export', (t: string) => t.replace('The disproportionate support', `export const x = ${writes('export')}\n\nThe disproportionate support`), 'export const x', 'an import or export is code'],
			['a {…} expression', (t: string) => t.replace('The disproportionate support', `The {${writes('expression')}} disproportionate support`), 'The {globalThis', 'is an expression, which would run as code'],
			['a frontmatter layout', (t: string) => t.replace('order: 4', `order: 4\nlayout: "data:text/javascript,${encodeURIComponent(`${writes('layout')};export default () => ''`)}"`), 'layout:', 'field "layout": is not a section field: @astrojs/mdx would import it as code'],
		])('%s: the build stops naming the file and line, and nothing is written', (name, change, piece, message) => {
			const key = name.split(' ').at(-1)!;
			rmSync(target(key), { force: true });
			const dir = projectCopy();
			const edited = change(readFileSync(join(dir, file), 'utf8'));
			writeFileSync(join(dir, file), edited);
			const { status, output } = buildProject(dir);
			expect(status).not.toBe(0);
			expect(output).toContain(`${file}:${lineOf(edited, piece)}, entry "problems"`);
			expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
			expect(output).toContain(message);
			expect(existsSync(target(key))).toBe(false);
		}, 90_000);
	});
});
