import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildProject, projectCopy, removeCopies } from '../unit/fixture-copy';

/**
 * A hostile author's build: payloads planted in every field that reaches a page, the site built in a
 * temporary copy of the project, and every page opened in Chromium with the Content Security Policy
 * bypassed, so that only the site's own escaping stands between a payload and the reader.
 */

const base = '/inj/';

/** Each payload sets `window.__pwned` to its own number, so a run names the field that leaked. */
const img = (n: number) => `<img src=x onerror=window.__pwned=${n}>`;
const script = (n: number) => `<script>window.__pwned=${n}</script>`;

/** Where each payload goes: the file, the text it follows (or replaces), and the markers it carries. */
const plants: Array<{ field: string; file: string; edit: (text: string) => string; markers: number[] }> = [
	{
		field: 'a reference title',
		file: 'content/references.yaml',
		edit: (t) => t.replace(/^ {2}title: "/m, '  title: "https://x.org/\\"onfocus=\\"window.__pwned=1\\"autofocus=\\" '),
		markers: [1],
	},
	{
		field: 'a reference address',
		file: 'content/references.yaml',
		edit: (t) => t.replace(/^ {2}url: .*$/m, `  url: 'https://x.org/"onfocus="window.__pwned=2"autofocus="'`),
		markers: [2],
	},
	{
		field: 'a glossary definition',
		file: 'content/glossary.yaml',
		edit: (t) => t.replace(/^ {2}definition: /m, `  definition: X ${img(3)} "><script>window.__pwned=4</script> `),
		markers: [3, 4],
	},
	{
		field: 'an erratum reason',
		file: 'content/errata.yaml',
		edit: (t) => t.replace(/^ {2}reason: "/m, `  reason: "X ${img(5)} \\"><script>window.__pwned=6</script> `),
		markers: [5, 6],
	},
	{
		field: 'a section summary',
		file: 'content/sections/01-formation.mdx',
		edit: (t) => t.replace(/^summary: .*$/m, `summary: "X ${img(7)} \\">${script(8)} A summary of the section."`),
		markers: [7, 8],
	},
	{
		field: 'a section title',
		file: 'content/sections/02-typology.mdx',
		edit: (t) => t.replace(/^title: .*$/m, `title: "X ${img(15)} \\">${script(16)} A title"`),
		markers: [15, 16],
	},
	{
		field: 'a figure caption',
		file: 'content/data/figures.yaml',
		edit: (t) => t.replace(/^ {2}caption: /m, `  caption: X ${img(9)} "><script>window.__pwned=10</script> `),
		markers: [9, 10],
	},
	{
		field: 'a place name',
		file: 'content/data/places.yaml',
		edit: (t) => t.replace('name: Beijing,', `name: 'X ${img(11)} "><script>window.__pwned=12</script>',`),
		markers: [11, 12],
	},
	{
		field: 'the abstract',
		file: 'content/report.yaml',
		edit: (t) => t.replace(/^abstract: >-\n {2}/m, `abstract: >-\n  </script>${script(13)} ${img(14)} `),
		markers: [13, 14],
	},
];

let copy: string | undefined;
let server: Server | undefined;
let origin = '';
let pages: string[] = [];

/** Every page of a built site, as paths under the base. */
function pagesOf(dist: string): string[] {
	const out: string[] = [];
	const walk = (dir: string, path: string) => {
		for (const name of readdirSync(dir).sort()) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full, `${path}${name}/`);
			else if (name.endsWith('.html')) out.push(name === 'index.html' ? path : `${path}${name}`);
		}
	};
	walk(dist, base);
	return out;
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.csv': 'text/csv', '.xml': 'application/xml', '.txt': 'text/plain' };

/** A static server for the built site under the base path, on a free port. */
function serve(dist: string): Promise<Server> {
	const s = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) return res.writeHead(404).end();
		let file = normalize(join(dist, path.slice(base.length)));
		if (!file.startsWith(dist)) return res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return res.writeHead(404).end();
		res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
	});
	return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(300_000);
	copy = projectCopy();
	for (const plant of plants) {
		const path = join(copy, plant.file);
		const before = readFileSync(path, 'utf8');
		const after = plant.edit(before);
		if (after === before) throw new Error(`could not plant the payload in ${plant.field} (${plant.file}): has the content changed?`);
		writeFileSync(path, after);
	}
	const build = buildProject(copy, { BASE_PATH: base, SITE_URL: 'https://inj.example.org' }, 240);
	if (build.status !== 0) throw new Error(`the build with payloads failed (exit ${build.status}):\n${build.output}`);
	const dist = join(copy, 'dist');
	pages = pagesOf(dist);
	server = await serve(dist);
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	try {
		if (server) await new Promise((resolve) => server!.close(resolve));
	} finally {
		removeCopies();
	}
});

test('no payload planted in the content runs on any page, with the CSP bypassed', async ({ browser }) => {
	expect(pages.length).toBeGreaterThan(5);
	const context = await browser.newContext({ bypassCSP: true });
	const seen = new Set<number>();
	const ran: string[] = [];
	try {
		for (const path of pages) {
			const page = await context.newPage();
			page.on('dialog', (dialog) => {
				ran.push(`${path}: a ${dialog.type()} dialog "${dialog.message()}"`);
				void dialog.dismiss();
			});
			await page.goto(`${origin}${path}`, { waitUntil: 'load' });
			// Focus and hover every link and button, as a reader would, to give any planted handler its chance.
			await page.evaluate(() => {
				for (const el of document.querySelectorAll<HTMLElement>('a, button, [tabindex]')) {
					el.focus();
					el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
				}
			});
			await page.waitForTimeout(50);
			const state = await page.evaluate(() => ({
				pwned: (window as unknown as { __pwned?: unknown }).__pwned,
				handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}="${a.value}">`)),
				// An address a reader can follow that runs code instead (javascript:, data:, vbscript:…).
				links: [...document.querySelectorAll('a[href], area[href]')].map((a) => new URL(a.getAttribute('href') ?? '', location.href).href).filter((href) => !/^(https?|mailto):/i.test(href)),
				scripts: [...document.scripts].map((s) => s.textContent ?? '').filter((text) => text.includes('__pwned') && !text.trim().startsWith('{')),
				text: document.body.innerText,
			}));
			if (state.pwned !== undefined) ran.push(`${path}: window.__pwned is ${String(state.pwned)}`);
			for (const h of state.handlers) ran.push(`${path}: an event handler from the content, ${h}`);
			for (const l of state.links) ran.push(`${path}: a link to ${l}`);
			for (const s of state.scripts) ran.push(`${path}: a script from the content, ${s.slice(0, 80)}`);
			for (const match of state.text.matchAll(/window\.__pwned=(\d+)/g)) seen.add(Number(match[1]));
			const html = readFileSync(join(copy!, 'dist', path.slice(base.length), path.endsWith('/') ? 'index.html' : ''), 'utf8');
			// Outside quoted attribute values (where "<" is harmless text), the source holds no element a payload wrote.
			const markup = html.replace(/="[^"]*"/g, '=""');
			for (const planted of ['<script>window.__pwned', '<img src=x onerror']) if (markup.includes(planted)) ran.push(`${path}: the page source holds the element ${planted}…`);
			await page.close();
		}
	} finally {
		await context.close();
	}
	expect(ran).toEqual([]);
	// Every payload reached a page as text: the test proves something about each field.
	for (const plant of plants) for (const n of plant.markers) expect(seen.has(n), `the payload of ${plant.field} (window.__pwned=${n}) shows as text on some page`).toBe(true);
});
