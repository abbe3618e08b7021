import { expect, test, type Browser, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { base, model } from './site';

/**
 * The report on paper, A4 and Letter, as Chromium prints it to PDF (what a reader's "Print" makes), read back
 * with pdf.js: page sizes, the running head and folio in the margins, where each page's text stands, where the
 * sections start and how full each page is, the editors' notes, tables and figures.
 */

interface PdfLine {
	text: string;
	/** Baseline, in points from the page's bottom edge. */
	y: number;
	x: number;
	/** Advance width of the text, in points. */
	width: number;
}
interface PdfPage {
	number: number;
	width: number;
	height: number;
	lines: PdfLine[];
}

const mm = 72 / 25.4;
/** The papers a reader's printer may hold, in points, and the margins print.css sets on both. */
const papers = { A4: { width: 210 * mm, height: 297 * mm }, Letter: { width: 8.5 * 72, height: 11 * 72 } } as const;
type Paper = keyof typeof papers;
const margin = { top: 22 * mm, right: 18 * mm, bottom: 20 * mm, left: 18 * mm };
/** The text block's width in CSS px (96 to the inch), as the browser lays the page out for print. */
const blockPx = (paper: Paper) => ((papers[paper].width - margin.left - margin.right) / 72) * 96;

async function printToPdf(page: Page, path: string, format: Paper): Promise<PdfPage[]> {
	await page.goto(`${base}${path}`);
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	await page.evaluate(() => document.fonts.ready);
	// Paper is white with black text even for a reader whose screen is dark.
	expect(await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color])).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
	// As a print dialog does: the printer's paper, unless the page's CSS sets a size (it must not).
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format });
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
	const out: PdfPage[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const p = await doc.getPage(n);
		const content = await p.getTextContent();
		const lines = content.items
			.filter((i): i is typeof i & { str: string; transform: number[]; width: number } => 'str' in i && i.str.trim() !== '')
			.map((i) => ({ text: i.str, x: i.transform[4]!, y: i.transform[5]!, width: i.width }));
		const { width, height } = p.getViewport({ scale: 1 });
		out.push({ number: n, width, height, lines });
	}
	await doc.destroy();
	return out;
}

const contentTop = (p: PdfPage) => p.height - margin.top;
/** Text inside the page's content area (not its margin boxes), top to bottom. */
const body = (p: PdfPage) => p.lines.filter((l) => l.y < contentTop(p) && l.y > margin.bottom).sort((a, b) => b.y - a.y || a.x - b.x);
const head = (p: PdfPage) => p.lines.filter((l) => l.y >= contentTop(p)).map((l) => l.text).join(' ').trim();
const foot = (p: PdfPage) => p.lines.filter((l) => l.y <= margin.bottom).map((l) => l.text).join(' ').trim();
/**
 * A page's text, line by line: the pieces of one line (pdf.js splits a line at every change of font, and at a
 * ligature such as "fi") joined without a space where they touch, lines joined with one.
 */
const fullText = (p: PdfPage) => {
	const lines = new Map<number, PdfLine[]>();
	for (const l of body(p)) lines.set(Math.round(l.y), [...(lines.get(Math.round(l.y)) ?? []), l]);
	return [...lines.values()]
		.map((pieces) =>
			pieces
				.sort((a, b) => a.x - b.x)
				.map((l, i) => (i > 0 && l.x - (pieces[i - 1]!.x + pieces[i - 1]!.width) > 0.8 ? ` ${l.text}` : l.text))
				.join(''),
		)
		.join(' ')
		.replace(/\s+/g, ' ');
};
/** The page's lines of text: its distinct baselines. */
const lineCount = (p: PdfPage) => new Set(body(p).map((l) => Math.round(l.y))).size;
/** How much of the content area the page fills: from its top down to its lowest line of text. */
const filled = (p: PdfPage) => {
	const lines = body(p);
	return lines.length ? (contentTop(p) - Math.min(...lines.map((l) => l.y))) / (contentTop(p) - margin.bottom) : 0;
};
const squash = (s: string) => s.replace(/\s+/g, '');
/** The section a page begins, if it begins one: its first lines are the section's number and title. */
const sectionStarted = (p: PdfPage) => {
	const top = fullText({ ...p, lines: body(p).slice(0, 6) });
	return model.sections.find((s) => new RegExp(`^section ${s.order}\\b`, 'i').test(top) && top.includes(s.title.split(' ').slice(0, 4).join(' ')));
};
const startsSection = (p: PdfPage) => sectionStarted(p) !== undefined;

const screenOnly = ['Read this section on its own page', 'Cite this section', 'Cite this report', 'Skip to the text', 'Show the data as a table', 'Permalink to', 'Previous and next', 'Works cited'];

/** Problems every printed document must be free of: text past the margins, a page of one line, a table split that fits on a page. */
function paperProblems(pdf: PdfPage[], fitting: string[]): string[] {
	const problems: string[] = [];
	for (const p of pdf) {
		// Figures scaled to the page and never cut: every word (chart labels among them) lies inside the text block.
		for (const l of body(p)) if (l.x < margin.left - 1 || l.x + l.width > p.width - margin.right + 1) problems.push(`page ${p.number}: "${l.text}" runs outside the text block (${l.x.toFixed(0)}–${(l.x + l.width).toFixed(0)} pt of ${p.width.toFixed(0)})`);
		if (lineCount(p) === 1) problems.push(`page ${p.number} holds one line: "${fullText(p)}"`);
		if (lineCount(p) === 0) problems.push(`page ${p.number} is empty`);
	}
	// A table no taller than a page prints whole: its caption and every row's first cell on one page. (In the
	// order the PDF draws its text, which keeps a cell's lines together; a page's lines side by side would mix
	// the cells of a row.)
	const texts = pdf.map((p) => squash(p.lines.map((l) => l.text).join('')));
	for (const f of model.figures.filter((f) => fitting.includes(f.tableCaption))) {
		const at = texts.findIndex((t) => t.includes(squash(f.tableCaption)));
		if (at < 0) continue;
		const first = f.table.columns[0]!.key;
		for (const row of f.table.rows) {
			const cell = row[first];
			const text = squash(typeof cell === 'object' ? cell.text : String(cell));
			if (!texts[at]!.includes(text)) problems.push(`${f.tableCaption} is split: "${text}" is not on page ${at + 1} with its caption`);
		}
	}
	return problems;
}

/** The flagged errata a section marks, in order: its notes. */
const notesOf = (sectionId: string) => model.errata.filter((e) => e.flag && model.sectionIdOf(e.section) === sectionId);

/**
 * Editors' notes print as notes: not in the sentence, but after their section's text, under "Editors’ notes",
 * each after its number, and its marker in the text is that number.
 */
function noteProblems(pdf: PdfPage[]): string[] {
	const problems: string[] = [];
	// The text of each section, from the page it starts on to the page before the next one starts.
	const bySection = new Map<string, string>();
	let current: string | undefined;
	for (const p of pdf) {
		current = sectionStarted(p)?.id ?? current;
		if (current) bySection.set(current, `${bySection.get(current) ?? ''} ${fullText(p)}`);
	}
	for (const [id, text] of bySection) {
		if (text.includes('Editors’ note]') || text.includes('[Editors’ note')) problems.push(`a marker prints as “[Editors’ note]” in section "${id}"`);
		const flat = squash(text);
		const title = flat.lastIndexOf('Editors’notes');
		const numbers: number[] = [];
		for (const note of notesOf(id)) {
			const at = flat.indexOf(squash(note.reason));
			const number = /(\d+)$/.exec(flat.slice(Math.max(0, at - 3), at))?.[1];
			if (at < 0 || !number) problems.push(`the note "${note.id}" is not printed after a number in section "${id}"`);
			else if (title < 0 || title > at) problems.push(`the note "${note.id}" prints before its section's "Editors’ notes"`);
			else numbers.push(Number(number));
		}
		// Numbered 1, 2, 3… in the section.
		if (numbers.length && [...numbers].sort((a, b) => a - b).join() !== numbers.map((_, i) => i + 1).join()) problems.push(`the notes of section "${id}" are numbered ${numbers.join(', ')}`);
	}
	return problems;
}

/** The captions of the figures' tables no taller than a page's text block, laid out for print on a paper. */
async function tablesFitting(browser: Browser, paper: Paper): Promise<string[]> {
	const context = await browser.newContext({ viewport: { width: Math.floor(blockPx(paper)), height: 1000 } });
	const page = await context.newPage();
	await page.emulateMedia({ media: 'print' });
	await page.goto(`${base}report/`);
	const heightPx = ((papers[paper].height - margin.top - margin.bottom) / 72) * 96;
	const found = await page.evaluate((h) => [...document.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().height < h).map((t) => t.caption?.textContent ?? ''), heightPx);
	await context.close();
	return found;
}

async function withPage<T>(browser: Browser, f: (page: Page) => Promise<T>): Promise<T> {
	const page = await browser.newPage();
	try {
		return await f(page);
	} finally {
		await page.close();
	}
}

for (const paper of Object.keys(papers) as Paper[]) {
	test.describe(`the whole report on ${paper}`, () => {
		let report: PdfPage[];
		let fitting: string[];
		test.beforeAll(async ({ browser }) => {
			report = await withPage(browser, (page) => printToPdf(page, 'report/', paper));
			fitting = await tablesFitting(browser, paper);
		});

		test(`prints on ${paper}, the printer's paper, within the pages its content needs`, async ({ browser }) => {
			for (const p of report) {
				// Within a point or two: Chromium rounds the paper to its own units.
				expect(Math.abs(p.width - papers[paper].width), `page ${p.number}'s width ${p.width}`).toBeLessThan(2);
				expect(Math.abs(p.height - papers[paper].height), `page ${p.number}'s height ${p.height}`).toBeLessThan(2);
			}
			// At least a title page, a contents page and a page for each section, since each starts a page. At
			// most: a page a third full holds about 1,000 characters of body text at 10.5 pt on the text block (about
			// 14 lines), so with no page under a third full besides each section's last, the text needs at most
			// characters / 1,000 pages, plus the last page of each section, plus a page for each figure (kept whole,
			// a figure may push most of a page on).
			const characters = await withPage(browser, async (page) => {
				await page.goto(`${base}report/`);
				await page.emulateMedia({ media: 'print' });
				return page.evaluate(() => document.querySelector('main')!.innerText.length);
			});
			const lower = model.sections.length + 2;
			const upper = Math.ceil(characters / 1000) + model.sections.length + model.figures.length;
			expect(report.length, `${characters} characters of text: between ${lower} and ${upper} pages`).toBeGreaterThanOrEqual(lower);
			expect(report.length).toBeLessThanOrEqual(upper);
		});

		test('opens with a title page without running head or folio, then the contents, before the first section', () => {
			const [title, contents] = report;
			expect(fullText(title!)).toContain(model.meta.title);
			expect(head(title!), 'the title page’s running head').toBe('');
			expect(foot(title!), 'the title page’s folio').toBe('');
			const listed = fullText(contents!);
			expect(listed.startsWith('Contents'), listed.slice(0, 80)).toBe(true);
			let from = 0;
			for (const s of model.sections) {
				const at = listed.indexOf(s.title, from);
				expect(at, `“${s.title}” is in the contents, in reading order`).toBeGreaterThanOrEqual(from);
				from = at;
			}
			expect(report.findIndex(startsSection), 'the first section starts after the contents').toBe(2);
		});

		test('every page after the title page carries the running head (the report title) at its top and its page number at its bottom', () => {
			for (const p of report.slice(1)) {
				expect(head(p), `page ${p.number}'s running head`).toBe(model.meta.title);
				expect(foot(p), `page ${p.number}'s number`).toBe(String(p.number));
			}
		});

		test('each section starts a page, and no page is under a third full except a section’s last', () => {
			const starts = report.filter(startsSection).map((p) => p.number);
			expect(starts.length, `pages starting a section: ${starts}`).toBe(model.sections.length);
			const thin = report
				.filter((p, i) => i > 1 && i + 1 < report.length && !startsSection(report[i + 1]!))
				.filter((p) => filled(p) < 1 / 3)
				.map((p) => `page ${p.number}: ${Math.round(filled(p) * 100)}% full`);
			const pages = report.map((p) => `${p.number}: ${Math.round(filled(p) * 100)}%${startsSection(p) ? ' (a section starts)' : ''}`).join(', ');
			expect(thin, `how full each page is: ${pages}`).toEqual([]);
		});

		test('no text runs past the text block (figures are scaled to the page), no page holds a single line, no short table is split', () => {
			expect(fitting.length, 'tables that fit on a page').toBeGreaterThan(2);
			expect(paperProblems(report, fitting)).toEqual([]);
		});

		test('editors’ notes print as notes at the end of their section, numbered, not in the sentence', () => {
			expect(notesOf(model.sections.find((s) => notesOf(s.id).length)!.id).length).toBeGreaterThan(0);
			expect(noteProblems(report)).toEqual([]);
		});

		test('each address is printed once, and no screen-only control is printed', () => {
			const text = report.map(fullText).join(' ');
			// Without spaces, so that an address wrapped over two lines still matches itself.
			const twice = [...squash(text).matchAll(/(https?:\/\/[^()]+?)\(\1\)/g)].map((m) => m[0]);
			expect(twice).toEqual([]);
			for (const s of screenOnly) expect(text, `the PDF shows "${s}"`).not.toContain(s);
			for (const r of model.references.filter((r) => r.ref.url)) expect(squash(text), r.key).toContain(r.ref.url!);
		});
	});
}

test('each section page prints on A4 and Letter with running head and folio on every page, its notes at its end, nothing past the margins and no page of one line', async ({ browser }) => {
	test.setTimeout(300_000);
	const problems: string[] = [];
	for (const paper of Object.keys(papers) as Paper[]) {
		const fitting = await tablesFitting(browser, paper);
		for (const [i, section] of model.sections.entries()) {
			const pdf = await withPage(browser, (page) => printToPdf(page, `${section.id}/`, paper));
			const where = `${section.id}/ on ${paper}`;
			for (const p of pdf) {
				if (head(p) !== model.meta.title) problems.push(`${where}, page ${p.number}: running head "${head(p)}"`);
				if (foot(p) !== String(p.number)) problems.push(`${where}, page ${p.number}: folio "${foot(p)}"`);
			}
			problems.push(...paperProblems(pdf, fitting).map((p) => `${where}: ${p}`), ...noteProblems(pdf).map((p) => `${where}: ${p}`));
			const text = pdf.map(fullText).join(' ');
			if (!text.includes(section.title.split(' ').slice(0, 4).join(' '))) problems.push(`${where}: no title`);
			const next = model.sections[i + 1];
			for (const s of [...screenOnly, ...(next ? [`Next ${next.short}`] : [])]) if (text.includes(s)) problems.push(`${where}: prints "${s}"`);
		}
	}
	expect(problems).toEqual([]);
});

test('on paper every chart is scaled to the text block and drawn whole: its marks and words inside its box, A4 and Letter', async ({ browser }) => {
	const problems: string[] = [];
	for (const paper of Object.keys(papers) as Paper[]) {
		// The browser lays a printed page out at the text block's width: the layout measured here.
		const context = await browser.newContext({ viewport: { width: Math.floor(blockPx(paper)), height: 1000 } });
		const page = await context.newPage();
		await page.emulateMedia({ media: 'print' });
		for (const path of ['report/', ...model.figures.map((f) => `figures/${f.id}/`)]) {
			await page.goto(`${base}${path}`);
			const found = await page.evaluate(() => {
				const out: string[] = [];
				const vw = document.documentElement.clientWidth;
				for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
					if (getComputedStyle(svg).display === 'none') continue;
					const box = svg.getBoundingClientRect();
					const name = svg.getAttribute('aria-labelledby') ?? '';
					if (box.right > vw + 0.5 || box.left < -0.5) out.push(`${name} is ${box.width.toFixed(0)} px wide, past the text block (${vw} px)`);
					const scale = svg.getScreenCTM()!.a;
					for (const mark of svg.querySelectorAll('rect:not(.point-target), line, path:not(defs path), circle:not(.point-area), use, text')) {
						const r = mark.getBoundingClientRect();
						if (r.width === 0 && r.height === 0) continue;
						// A mark's outline reaches half its stroke beyond its geometry.
						const style = getComputedStyle(mark);
						const half = style.stroke !== 'none' ? (parseFloat(style.strokeWidth) * scale) / 2 : 0;
						const tolerance = 0.05;
						if (r.left - half < box.left - tolerance || r.right + half > box.right + tolerance || r.top - half < box.top - tolerance || r.bottom + half > box.bottom + tolerance) out.push(`${name}: a ${mark.tagName} "${(mark.textContent || mark.getAttribute('class') || '').slice(0, 30)}" is cut at the drawing's edge`);
					}
				}
				return out;
			});
			problems.push(...found.map((f) => `${path} on ${paper}: ${f}`));
		}
		await context.close();
	}
	expect(problems).toEqual([]);
});
