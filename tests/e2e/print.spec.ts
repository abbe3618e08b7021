import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { create, type Font } from 'fontkitten';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chineseCodePoints, chineseWebFont } from '../../src/site/zh-font';
import { base, dist, model } from './site';

// ---------------------------------------------------------------------------------------------------------
// Chinese names on a machine without a CJK font: the site's own cut of Noto Sans Hans.

/** Every built page with the Chinese characters its HTML holds. */
function builtHtml(): Array<{ path: string; chinese: number[] }> {
	const out: Array<{ path: string; chinese: number[] }> = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.html')) out.push({ path: relative(dist, full), chinese: chineseCodePoints(readFileSync(full, 'utf8')) });
		}
	};
	walk(dist);
	return out;
}

const font = chineseWebFont(model);
const pages = builtHtml();
/** A page's URL under the base, from its file in dist/. */
const urlOf = (path: string) => `${base}${path.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;

test('the Chinese web font has a glyph for every Chinese character on every page, and for no other', () => {
	expect(font, 'the report names places in Chinese').toBeDefined();
	const onPages = new Set(pages.flatMap((p) => p.chinese));
	expect(onPages.size).toBeGreaterThan(10);
	const bytes = readFileSync(join(dist, font!.path));
	// A few KB: a handful of names, not a CJK font.
	expect(bytes.length).toBeLessThan(30_000);
	const face = create(bytes) as Font;
	expect(face.type).toBe('WOFF2');
	const missing = [...onPages].filter((cp) => !face.hasGlyphForCodePoint(cp)).map((cp) => String.fromCodePoint(cp));
	expect(missing, 'characters on pages that the font cannot draw').toEqual([]);
	const extra = chineseCodePoints(String.fromCodePoint(...face.characterSet)).filter((cp) => !onPages.has(cp)).map((cp) => String.fromCodePoint(cp));
	expect(extra, 'characters the font carries that no page prints').toEqual([]);
});

test('every Chinese character on a page is set in the web font: marked zh-Hans, or in a font stack that falls back to it', async ({ page }) => {
	const withChinese = pages.filter((p) => p.chinese.length > 0 && p.path.endsWith('.html'));
	expect(withChinese.length).toBeGreaterThan(2);
	const unmarked: string[] = [];
	for (const p of withChinese) {
		await page.goto(urlOf(p.path));
		const found = await page.evaluate((family) => {
			const han = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
			const out: Array<{ text: string; marked: boolean; stack: string }> = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				if (!han.test(n.textContent ?? '')) continue;
				const element = n.parentElement!;
				out.push({ text: n.textContent!.trim().slice(0, 40), marked: Boolean(element.closest('[lang="zh-Hans"]')), stack: getComputedStyle(element).fontFamily });
			}
			return out.filter((t) => !t.stack.replace(/"/g, '').split(',').map((f) => f.trim()).includes(family)).map((t) => t.text);
		}, font!.family);
		unmarked.push(...found.map((t) => `${p.path}: ${t}`));
		// The names the renderer writes are marked as Chinese, for screen readers and for the :lang rule.
		expect(await page.locator('.zh-name > span:not([lang="zh-Hans"])').count()).toBe(0);
	}
	expect(unmarked, 'Chinese text whose fonts never reach the web font').toEqual([]);
});

test('every page declares the font under the base path, with a unicode-range and font-display: optional, and a page with Chinese preloads it', async ({ page }) => {
	const withChinese = pages.find((p) => p.path.startsWith(`${model.sections[0].id}/`))!;
	await page.goto(urlOf(withChinese.path));
	const face = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family, range: f.unicodeRange, display: f.display })));
	expect(face).toEqual([{ family: expect.stringMatching(new RegExp(`^"?${font!.family}"?$`)), range: expect.stringMatching(/^U\+[0-9A-F]/i), display: 'optional' }]);
	for (const p of pages.filter((p) => p.path.endsWith('.html') && !p.path.startsWith('pagefind'))) {
		const html = readFileSync(join(dist, p.path), 'utf8');
		if (html.includes('<meta http-equiv="refresh"')) continue;
		expect(html, p.path).toContain(`url("${base}${font!.path}") format("woff2")`);
		// Preloaded where the page shows Chinese, so the font is there at the first paint (a later swap would
		// rewrap lines and move the page), and nowhere else: a page without Chinese never downloads it.
		const preload = `<link rel="preload" href="${base}${font!.path}" as="font" type="font/woff2" crossorigin>`;
		if (p.chinese.length) expect(html, `${p.path} shows Chinese`).toContain(preload);
		else expect(html, `${p.path} shows no Chinese`).not.toContain(preload);
	}
});

test('a page with Chinese downloads the font and draws its characters with it', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	const withChinese = pages.find((p) => p.chinese.length > 0 && p.path.startsWith(`${model.sections[0].id}/`))!;
	const fontRequests: string[] = [];
	page.on('request', (r) => r.url().endsWith('.woff2') && fontRequests.push(new URL(r.url()).pathname));
	await page.goto(urlOf(withChinese.path));
	await page.evaluate(() => document.fonts.ready);
	expect(fontRequests).toEqual([`${base}${font!.path}`]);
	const drawn = await page.evaluate(async (family) => {
		const sample = document.querySelector('[lang="zh-Hans"]')!;
		const text = sample.textContent!;
		await document.fonts.load(`16px "${family}"`, text);
		const loaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
		// The same characters in the web font and in a family the page never declares: on a machine
		// without a CJK font the second draws .notdef boxes, whose widths differ from the glyphs'.
		const width = (fontFamily: string) => {
			const span = document.createElement('span');
			span.textContent = text;
			span.style.font = `32px ${fontFamily}`;
			document.body.append(span);
			const w = span.getBoundingClientRect().width;
			span.remove();
			return w;
		};
		return { loaded, text, used: getComputedStyle(sample).fontFamily, web: width(`"${family}"`), notdef: width('"No Such Font", monospace') };
	}, font!.family);
	expect(drawn.loaded.map((f) => f.replace(/"/g, ''))).toEqual([font!.family]);
	expect(drawn.used.replace(/"/g, '').startsWith(font!.family)).toBe(true);
	// Noto Sans Hans draws a Han character one em wide.
	expect(drawn.web).toBeCloseTo(32 * [...drawn.text].length, -1);
	expect(errors).toEqual([]);

});

test('no page without Chinese downloads the font', async ({ browser }) => {
	const without = pages.filter((p) => p.chinese.length === 0 && p.path.endsWith('.html') && !p.path.startsWith('pagefind'));
	expect(without.length).toBeGreaterThan(3);
	for (const p of without.slice(0, 6)) {
		// A fresh page each time: a visit straight to this page, with nothing left from the one before.
		const page = await browser.newPage();
		const fontRequests: string[] = [];
		page.on('request', (r) => r.url().endsWith('.woff2') && fontRequests.push(r.url()));
		await page.goto(urlOf(p.path));
		await page.evaluate(() => document.fonts.ready);
		expect(fontRequests, `${p.path} has no Chinese`).toEqual([]);
		await page.close();
	}
});

// ---------------------------------------------------------------------------------------------------------
// The whole report on A4.

interface PdfLine {
	text: string;
	/** Baseline, in points from the page's bottom edge. */
	y: number;
	x: number;
}
interface PdfPage {
	number: number;
	height: number;
	lines: PdfLine[];
}

/** A4 as print.css sets it: 297 mm tall, 22 mm top and 20 mm bottom margins, in points. */
const mm = 72 / 25.4;
const pageHeight = 297 * mm;
const contentTop = pageHeight - 22 * mm;
const contentBottom = 20 * mm;

async function printToPdf(page: Page, path: string): Promise<PdfPage[]> {
	await page.goto(`${base}${path}`);
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	await page.evaluate(() => document.fonts.ready);
	// Paper is white with black text even for a reader whose screen is dark.
	expect(await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color])).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
	const out: PdfPage[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const p = await doc.getPage(n);
		const content = await p.getTextContent();
		const lines = content.items
			.filter((i): i is typeof i & { str: string; transform: number[] } => 'str' in i && i.str.trim() !== '')
			.map((i) => ({ text: i.str, x: i.transform[4], y: i.transform[5] }));
		out.push({ number: n, height: p.getViewport({ scale: 1 }).height, lines });
	}
	await doc.destroy();
	return out;
}

/** Text inside the page's content area (not its margin boxes), top to bottom. */
const body = (p: PdfPage) => p.lines.filter((l) => l.y < contentTop && l.y > contentBottom).sort((a, b) => b.y - a.y || a.x - b.x);
const fullText = (p: PdfPage) => body(p).map((l) => l.text).join(' ').replace(/\s+/g, ' ');
/** How much of the content area the page fills: from its top down to its lowest line of text. */
const filled = (p: PdfPage) => {
	const lines = body(p);
	return lines.length ? (contentTop - Math.min(...lines.map((l) => l.y))) / (contentTop - contentBottom) : 0;
};

const screenOnly = ['Read this section on its own page', 'Cite this section', 'Cite this report', 'Skip to the text', 'Show the data as a table', 'Permalink to', 'Previous and next'];

test.describe('printing', () => {
	let report: PdfPage[];
	test.beforeAll(async ({ browser }) => {
		const page = await browser.newPage();
		report = await printToPdf(page, 'report/');
		await page.close();
	});

	test('the whole report prints on A4 within the pages its content needs', async ({ browser }) => {
		expect(report[0].height).toBeCloseTo(pageHeight, 0);
		// At least a title page and one page for each section, since each starts a page. At most: a page
		// a third full holds about 1,100 characters of body text at 10.5 pt on a 68-character measure
		// (about 15 lines), so with no page under a third full besides each section's last, the text
		// needs at most characters / 1,100 pages, plus the last page of each section, plus a page for
		// each figure (a figure is kept whole, and may push a third of a page on).
		const page = await browser.newPage();
		await page.goto(`${base}report/`);
		await page.emulateMedia({ media: 'print' });
		const characters = await page.evaluate(() => document.querySelector('main')!.innerText.length);
		await page.close();
		const lower = model.sections.length + 1;
		const upper = Math.ceil(characters / 1100) + model.sections.length + model.figures.length;
		const bounds = `${characters} characters of text: between ${lower} and ${upper} pages`;
		expect(report.length, bounds).toBeGreaterThanOrEqual(lower);
		expect(report.length, bounds).toBeLessThanOrEqual(upper);
	});

	test('every page carries the running head (the report title) at its top and its page number at its bottom', () => {
		for (const p of report) {
			const head = p.lines.filter((l) => l.y >= contentTop).map((l) => l.text).join(' ').trim();
			const foot = p.lines.filter((l) => l.y <= contentBottom).map((l) => l.text).join(' ').trim();
			expect(head, `page ${p.number}'s running head`).toBe(model.meta.title);
			expect(foot, `page ${p.number}'s number`).toBe(String(p.number));
		}
	});

	test('each section starts a page, and no page is under a third full except a section’s last', () => {
		/** Whether a page begins a section: its first lines are the section's number and title. */
		const startsSection = (p: PdfPage) => {
			const top = body(p).slice(0, 4).map((l) => l.text).join(' ');
			return model.sections.some((s) => top.replace(/\s+/g, ' ').includes(s.title.split(' ').slice(0, 4).join(' ')));
		};
		const starts = report.filter(startsSection).map((p) => p.number);
		expect(starts.length, `pages starting a section: ${starts}`).toBe(model.sections.length);
		const thin = report
			.filter((p, i) => i + 1 < report.length && !startsSection(report[i + 1]))
			.filter((p) => filled(p) < 1 / 3)
			.map((p) => `page ${p.number}: ${Math.round(filled(p) * 100)}% full`);
		const pages = report.map((p) => `${p.number}: ${Math.round(filled(p) * 100)}%${startsSection(p) ? ' (a section starts)' : ''}`).join(', ');
		expect(thin, `how full each page is: ${pages}`).toEqual([]);
	});

	test('each address is printed once, and no screen-only control is printed', () => {
		const text = report.map(fullText).join(' ');
		// Without spaces, so that an address wrapped over two lines still matches itself.
		const twice = [...text.replace(/\s+/g, '').matchAll(/(https?:\/\/[^()]+?)\(\1\)/g)].map((m) => m[0]);
		expect(twice).toEqual([]);
		for (const s of screenOnly) expect(text, `the PDF shows "${s}"`).not.toContain(s);
		// The addresses of the reference list are printed.
		for (const r of model.references.filter((r) => r.ref.url)) expect(text.replace(/\s+/g, ''), r.key).toContain(r.ref.url!);
	});

	test('a section page prints with page numbers and running heads and without its screen controls', async ({ browser }) => {
		const page = await browser.newPage();
		const section = model.sections[0];
		const pdf = await printToPdf(page, `${section.id}/`);
		await page.close();
		expect(pdf.length).toBeGreaterThanOrEqual(1);
		for (const p of pdf) {
			expect(p.lines.filter((l) => l.y <= contentBottom).map((l) => l.text).join('').trim()).toBe(String(p.number));
			expect(p.lines.filter((l) => l.y >= contentTop).map((l) => l.text).join(' ').trim()).toBe(model.meta.title);
		}
		const text = pdf.map(fullText).join(' ');
		expect(text).toContain(section.title.split(' ').slice(0, 4).join(' '));
		const next = model.sections[1];
		for (const s of [...screenOnly, `Next ${next.short}`]) expect(text, `the PDF shows "${s}"`).not.toContain(s);
	});
});
