import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectCopy, removeCopies } from './fixture-copy';
import { startDev, until, type DevServer } from './dev-server';

/**
 * An author at `npm run dev`: an edit shows on the open page, which reloads itself; a mistake shows in the
 * error overlay at its own file and line, and fixing it recovers without a restart; content code never runs.
 * (How quickly: `npm run bench` measures it.)
 */
let dir: string;
let dev: DevServer;
beforeAll(async () => {
	dir = projectCopy();
	dev = await startDev(dir);
}, 180_000);
afterAll(() => {
	dev?.stop();
	removeCopies();
});

const page = async (path: string) => {
	const response = await fetch(dev.url(path));
	return { status: response.status, html: await response.text() };
};
/** Replaces `from` (found exactly once) in a content file of the copy; returns the undo. */
async function editing(file: string, from: string, to: string, check: (undo: () => Promise<void>) => Promise<void>): Promise<void> {
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	if (before.split(from).length !== 2) throw new Error(`"${from}" is not in ${file} exactly once`);
	writeFileSync(path, before.replace(from, to));
	let undone = false;
	const undo = async () => {
		writeFileSync(path, before);
		undone = true;
	};
	try {
		await check(undo);
	} finally {
		// Whatever the check found, the next test starts from the content as it was.
		if (!undone) writeFileSync(path, before);
	}
}
/** The overlay escapes the message for HTML; the author reads it unescaped. */
const unescape = (s = '') => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const reloadsSince = (at: number) => dev.messages.filter((m) => m.at >= at && m.type === 'full-reload').length;

describe('the dev server', () => {
	test('serves a section page', async () => {
		expect((await page('/contribution/')).html).toContain('The clusters contribute a lot');
	}, 120_000);
	test('shows a prose edit on the open page and tells it to reload', async () => {
		const at = Date.now();
		await editing('content/sections/03-contribution.mdx', 'The clusters contribute a lot', 'The clusters contribute a great deal', async (undo) => {
			await until(async () => (await page('/contribution/')).html.includes('The clusters contribute a great deal'), 20, 'the edited sentence on the page');
			await until(async () => reloadsSince(at) > 0, 10, 'a reload pushed to the page');
			await undo();
			await until(async () => (await page('/contribution/')).html.includes('The clusters contribute a lot'), 20, 'the sentence restored');
		});
	}, 60_000);
	test('shows a changed number from the data in the text and the chart', async () => {
		const at = Date.now();
		await editing('content/data/growth.yaml', 'value: 19.7', 'value: 19.6', async (undo) => {
			await until(async () => (await page('/contribution/')).html.includes('<span class="num" data-fact="growth.huizhou">19.6%</span>'), 20, 'the new number in the text');
			expect((await page('/contribution/')).html).toMatch(/<td class="numeric"[^>]*><span class="cell">19\.6<\/span><\/td>/);
			await until(async () => reloadsSince(at) > 0, 10, 'a reload pushed to the page');
			await undo();
			await until(async () => (await page('/contribution/')).html.includes('19.7%'), 20, 'the number restored');
		});
	}, 60_000);
	test('shows a mistake in the overlay at the file and line the author wrote it, and recovers when it is fixed', async () => {
		const at = Date.now();
		const line = readFileSync(join(dir, 'content/sections/04-problems.mdx'), 'utf8').split('\n').findIndex((l) => l.includes('[@auhenderson2004]')) + 1;
		await editing('content/sections/04-problems.mdx', '[@auhenderson2004]', '[@auhenderson2040]', async (undo) => {
			await until(async () => (await page('/problems/')).status === 500, 20, 'the page refused');
			await until(async () => dev.messages.some((m) => m.at >= at && m.type === 'error'), 10, 'an error sent to the overlay');
			// Every error the overlay was sent names the author's mistake, never an internal one.
			for (const { err } of dev.messages.filter((m) => m.at >= at && m.type === 'error')) {
				expect(unescape(err!.message)).toBe(`content/sections/04-problems.mdx:${line}, entry "problems": cites "auhenderson2040", which is not a key in content/references.yaml`);
				expect(err!.loc).toMatchObject({ file: join(dir, 'content/sections/04-problems.mdx'), line });
			}
			await undo();
			await until(async () => (await page('/problems/')).status === 200, 20, 'the page back');
		});
	}, 60_000);
	test('shows a mistake in a data file in the overlay at its line in the YAML, and recovers when it is fixed', async () => {
		const at = Date.now();
		const file = 'content/data/growth.yaml';
		const line = readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes('value: 19.7')) + 1;
		await editing(file, 'value: 19.7', 'value: "19.7%"', async (undo) => {
			await until(async () => (await page('/contribution/')).status === 500, 20, 'the page refused');
			await until(async () => dev.messages.some((m) => m.at >= at && m.type === 'error'), 10, 'an error sent to the overlay');
			const { err } = dev.messages.filter((m) => m.at >= at && m.type === 'error').at(-1)!;
			expect(unescape(err!.message)).toContain(`${file}:${line}, entry "huizhou", field "cities.0.value": must be a number, but is the text "19.7%"`);
			expect(err!.loc).toMatchObject({ file: join(dir, file), line });
			await undo();
			await until(async () => (await page('/contribution/')).status === 200, 20, 'the page back');
		});
	}, 60_000);
	test('runs no code written in a section: an export that would write a file is refused, and nothing is written', async () => {
		const target = join(tmpdir(), `report-dev-pwned-${process.pid}`);
		await editing('content/sections/04-problems.mdx', 'The disproportionate support', `export const x = globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(target)}, 'ran')\n\nThe disproportionate support`, async (undo) => {
			await until(async () => (await page('/problems/')).status === 500, 20, 'the page refused');
			expect(existsSync(target)).toBe(false);
			await undo();
			await until(async () => (await page('/problems/')).status === 200, 20, 'the page back');
			expect(existsSync(target)).toBe(false);
		});
	}, 60_000);
});
