import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { create, type Font } from 'fontkitten';
import { chromiumLaunch } from './browser';
import { chineseCodePoints, chineseWebFont } from '../../src/site/zh-font';
import { base, dist, model } from './site';

/**
 * Chinese names on a machine without a CJK font (this one has none: a character the site's font does not draw
 * is a box), whenever the font arrives and whenever the text appears: the site's own cut of Noto Sans Hans,
 * carried by every page that shows Chinese and fetched by any other page only when Chinese appears on it.
 */

/** Every built page with the Chinese characters its HTML holds. */
function builtHtml(): Array<{ path: string; html: string; chinese: number[] }> {
	const out: Array<{ path: string; html: string; chinese: number[] }> = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.html')) {
				const html = readFileSync(full, 'utf8');
				// The Chinese a page shows: the characters of its HTML outside the font it carries (a data: URL is base64, no Chinese).
				out.push({ path: relative(dist, full), html, chinese: chineseCodePoints(html) });
			}
		}
	};
	walk(dist);
	return out.filter((p) => !p.path.startsWith('pagefind') && !p.html.includes('<meta http-equiv="refresh"'));
}

const font = chineseWebFont(model)!;
const pages = builtHtml();
const withChinese = pages.filter((p) => p.chinese.length > 0);
const withoutChinese = pages.filter((p) => p.chinese.length === 0);
/** A page's URL under the base, from its file in dist/. */
const urlOf = (path: string) => `${base}${path.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
const fileBytes = () => readFileSync(join(dist, font.path));
/**
 * The folder of the edition a built page belongs to: `editions/1.0.0/` for an edition's pinned copy, '' for the
 * unversioned addresses (the latest edition). Each edition keeps its own copy of the font at its own addresses,
 * as it keeps its pages: a later edition's cut may lack characters an older one prints.
 */
const editionFolder = (path: string) => /^editions\/[^/]+\//.exec(path)?.[0] ?? '';
/** Whether a page is of the latest edition: at the unversioned addresses or in the current version's own folder. */
const isLatest = (path: string) => ['', `editions/${model.meta.version}/`].includes(editionFolder(path));

/** The fonts Chromium draws an element's text with (DevTools' "Rendered fonts"), with the glyphs drawn in each. */
async function renderedFonts(page: Page, context: BrowserContext, selector: string): Promise<Array<{ family: string; custom: boolean; glyphs: number }>> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	await cdp.detach();
	return fonts.map((f) => ({ family: f.familyName, custom: f.isCustomFont, glyphs: f.glyphCount }));
}
/** Whether every glyph of an element's text is drawn in the site's font (the web font, not a system face or boxes). */
const allInWebFont = (fonts: Array<{ custom: boolean }>) => fonts.length > 0 && fonts.every((f) => f.custom);

test('the font has a glyph for every Chinese character on every page of the latest edition, and for no other', () => {
	const onPages = new Set(pages.filter((p) => isLatest(p.path)).flatMap((p) => p.chinese));
	expect(onPages.size).toBeGreaterThan(10);
	const bytes = fileBytes();
	// A few KB: a handful of names, not a CJK font.
	expect(bytes.length).toBeLessThan(30_000);
	const face = create(bytes) as Font;
	expect(face.type).toBe('WOFF2');
	expect([...onPages].filter((cp) => !face.hasGlyphForCodePoint(cp)).map((cp) => String.fromCodePoint(cp)), 'characters on pages that the font cannot draw').toEqual([]);
	const extra = chineseCodePoints(String.fromCodePoint(...face.characterSet)).filter((cp) => !onPages.has(cp)).map((cp) => String.fromCodePoint(cp));
	expect(extra, 'characters the font carries that no page prints').toEqual([]);
});

test('a page that shows Chinese carries the font itself and preloads it; any other page names its edition’s copy of the file under the base path; both block rather than show boxes', () => {
	expect(withChinese.length).toBeGreaterThan(2);
	expect(withoutChinese.length).toBeGreaterThan(3);
	const inline = `data:font/woff2;base64,${fileBytes().toString('base64')}`;
	for (const p of withChinese) {
		// The latest edition carries the cut font; an older one, its own (what it was published with).
		const carried = isLatest(p.path) ? inline : /src:url\("(data:font\/woff2;base64,[^"]+)"\)/.exec(p.html)?.[1];
		expect(carried, `${p.path} carries a font`).toBeDefined();
		expect(p.html, `${p.path} carries the font`).toContain(`src:url("${carried}") format("woff2")`);
		expect(p.html, `${p.path} preloads it`).toContain(`<link rel="preload" href="${carried}" as="font" type="font/woff2" crossorigin>`);
		expect(p.html).toContain('font-display:block');
	}
	for (const p of withoutChinese) {
		// Its edition's copy of the font, which must be served there: the cut font itself for the latest edition
		// (in its pinned folder too), a WOFF2 in its own folder for an older edition.
		const named = /src:url\("([^"]+)"\) format\("woff2"\)/.exec(p.html)?.[1];
		if (isLatest(p.path)) expect(named, p.path).toBe(`${base}${editionFolder(p.path)}${font.path}`);
		else expect(named?.startsWith(`${base}${editionFolder(p.path)}fonts/`), `${p.path} names ${named}`).toBe(true);
		const bytes = readFileSync(join(dist, named!.slice(base.length)));
		if (isLatest(p.path)) expect(bytes.equals(fileBytes()), `${named} is the cut font`).toBe(true);
		else expect((create(bytes) as Font).type, named).toBe('WOFF2');
		expect(p.html, p.path).not.toContain('data:font/woff2');
		expect(p.html, p.path).not.toContain('rel="preload"');
		expect(p.html).toContain('font-display:block');
	}
});

test('every Chinese character on a page is set in the web font: marked zh-Hans, or in a font stack that falls back to it', async ({ page }) => {
	const unmarked: string[] = [];
	for (const p of withChinese) {
		await page.goto(urlOf(p.path));
		const found = await page.evaluate((family) => {
			const han = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
			const out: Array<{ text: string; stack: string }> = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				if (!han.test(n.textContent ?? '')) continue;
				out.push({ text: n.textContent!.trim().slice(0, 40), stack: getComputedStyle(n.parentElement!).fontFamily });
			}
			return out.filter((t) => !t.stack.replace(/"/g, '').split(',').map((f) => f.trim()).includes(family)).map((t) => t.text);
		}, font.family);
		unmarked.push(...found.map((t) => `${p.path}: ${t}`));
		// The names the renderer writes are marked as Chinese, for screen readers and for the :lang rule.
		expect(await page.locator('.zh-name > span:not([lang="zh-Hans"])').count()).toBe(0);
	}
	expect(unmarked, 'Chinese text whose fonts never reach the web font').toEqual([]);
});

test('on a slow network (every font request held 1.5 s) a page’s Chinese is drawn in the web font from the first paint, with no font request and nothing moving', async ({ browser }) => {
	for (const width of [320, 412, 1366]) {
		const context = await browser.newContext({ viewport: { width, height: 823 } });
		const page = await context.newPage();
		const requests: string[] = [];
		await page.route('**/*.woff2', async (route) => {
			requests.push(route.request().url());
			await new Promise((r) => setTimeout(r, 1500));
			await route.continue();
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.addInitScript(() => {
			// The sum, and what moved (each shift's elements, from where to where), for the message of a failure.
			type Shift = { value: number; sources: Array<{ node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> };
			const w = window as unknown as { shifts: number; moved: string[] };
			w.shifts = 0;
			w.moved = [];
			const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
			const name = (n: Node | null | undefined) => (n instanceof Element ? `<${n.localName}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}>` : n ? `text “${(n.textContent ?? '').trim().slice(0, 30)}”` : 'a removed node');
			new PerformanceObserver((list) =>
				list.getEntries().forEach((entry) => {
					const e = entry as unknown as Shift;
					w.shifts += e.value;
					w.moved.push(`${e.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${e.sources.map((s) => `${name(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`).join('; ')}`);
				}),
			).observe({ type: 'layout-shift', buffered: true });
		});
		const first = withChinese.find((p) => p.path === `${model.sections.find((s) => s.body.includes('<Zh '))!.id}/index.html`)!;
		await page.goto(urlOf(first.path), { waitUntil: 'commit' });
		// As soon as the first Chinese name is on screen, and again once the page has loaded.
		await page.waitForSelector('[lang="zh-Hans"]');
		const early = await renderedFonts(page, context, '[lang="zh-Hans"]');
		await page.waitForLoadState('load');
		await page.waitForTimeout(500);
		const late = await renderedFonts(page, context, '[lang="zh-Hans"]');
		expect(allInWebFont(early), `${width}px: drawn at first in ${JSON.stringify(early)}`).toBe(true);
		expect(allInWebFont(late), `${width}px: drawn after load in ${JSON.stringify(late)}`).toBe(true);
		expect(requests, `${width}px: the page asked for a font file`).toEqual([]);
		// The only movement allowed is the search field's, which the script puts in place of its link (0.004 on a phone).
		const { shifts, moved } = await page.evaluate(() => {
			const w = window as unknown as { shifts: number; moved: string[] };
			return { shifts: w.shifts, moved: w.moved };
		});
		expect(shifts, `${width}px: layout shift (${moved.join(' | ')})`).toBeLessThan(0.01);
		await context.close();
	}
});

test('Chinese added to a page without Chinese after it has loaded (a search result) waits for the font, invisible, and is then drawn in it: never boxes', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const page = await context.newPage();
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/*.woff2', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(urlOf(withoutChinese.find((p) => p.path.startsWith('references/'))!.path));
	const text = String.fromCodePoint(...font.codePoints.slice(0, 4));
	await page.evaluate((t) => {
		const p = document.createElement('p');
		p.id = 'late';
		const span = document.createElement('span');
		span.id = 'late-chinese';
		span.style.cssText = 'font-size: 48px';
		span.textContent = t;
		p.append(span);
		document.querySelector('main')!.prepend(p);
	}, text);
	await page.waitForTimeout(600);
	// While the font is on its way, the characters are not painted at all: no box, no glyph. (DevTools'
	// screenshot: Playwright's own waits for the fonts.)
	const box = (await page.locator('#late-chinese').boundingBox())!;
	const cdp = await context.newCDPSession(page);
	const { data: blank } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...box, scale: 1 } });
	await cdp.detach();
	const shot = await page.evaluate(async (png) => {
		const img = new Image();
		img.src = `data:image/png;base64,${png}`;
		await img.decode();
		const canvas = new OffscreenCanvas(img.width, img.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const data = ctx.getImageData(0, 0, img.width, img.height).data;
		const colours = new Set<string>();
		for (let i = 0; i < data.length; i += 4) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
		return colours.size;
	}, blank);
	expect(shot, 'colours painted where the Chinese stands while its font loads (1: the page’s background only)').toBe(1);
	release();
	await page.waitForFunction(() => [...document.fonts].every((f) => f.status === 'loaded'));
	await page.waitForTimeout(200);
	expect(allInWebFont(await renderedFonts(page, context, '#late-chinese'))).toBe(true);
	await context.close();
});

test('a search result on a page without Chinese shows its Chinese in the web font', async ({ page, context }) => {
	await page.goto(urlOf(withoutChinese.find((p) => p.path.startsWith('references/'))!.path));
	const term = model.glossary.find((g) => g.chinese)!;
	await page.getByRole('searchbox', { name: 'Search the report' }).fill(term.term);
	const hit = page.locator('.search-results p', { hasText: term.chinese! }).first();
	await expect(hit).toBeVisible();
	await page.waitForFunction(() => [...document.fonts].every((f) => f.status === 'loaded'));
	const fonts = await renderedFonts(page, context, '.search-results p');
	expect(fonts.some((f) => f.custom && f.glyphs >= [...term.chinese!].length), JSON.stringify(fonts)).toBe(true);
});

test('Lighthouse (mobile: a slow phone on a slow network) measures no layout shift on a page with Chinese', async ({ baseURL }) => {
	test.setTimeout(180_000);
	// Lighthouse and the launcher it ships with, run against the server the suite uses, in the suite's Chromium.
	const require = createRequire(import.meta.url);
	const lighthousePath = require.resolve('lighthouse');
	const { default: lighthouse } = (await import(pathToFileURL(lighthousePath).href)) as { default: (url: string, flags: Record<string, unknown>) => Promise<{ lhr: { audits: Record<string, { numericValue?: number; displayValue?: string }> } }> };
	const { launch } = (await import(pathToFileURL(createRequire(lighthousePath).resolve('chrome-launcher')).href)) as { launch: (o: Record<string, unknown>) => Promise<{ port: number; kill: () => Promise<void> | void }> };
	const { executablePath, args } = chromiumLaunch();
	const chrome = await launch({ chromePath: executablePath, chromeFlags: [...(args ?? []), '--headless'] });
	try {
		const section = model.sections.find((s) => s.body.includes('<Zh '))!;
		const { lhr } = await lighthouse(`${baseURL}${base}${section.id}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], maxWaitForLoad: 60_000 });
		const cls = lhr.audits['cumulative-layout-shift']!;
		expect(cls.numericValue, `CLS ${cls.displayValue}`).toBe(0);
	} finally {
		await chrome.kill();
	}
});
