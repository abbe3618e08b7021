import { expect, test, type Page } from '@playwright/test';
import { scanSite } from '../../src/site/permalinks';
import { base, dist, model } from './site';

/**
 * The reading layout of every page of the built site, at a phone's, a tablet's and a laptop's width, in the
 * light and the dark scheme, with every <details> open: what a reader would notice if it broke.
 * One page per width is reused for every address, so the suite stays fast.
 */

// Every page the build wrote, from the build itself (redirect pages for retired addresses have no layout).
const pages = [...scanSite(dist)].filter(([, page]) => page.redirectTo === undefined).map(([path]) => `${base}${path}`);
const widths = [320, 390, 768, 1366, 1920] as const;

interface Findings {
	overflow: string[];
	targets: string[];
	headings: string[];
	tables: string[];
	centred: string[];
	chinese: string[];
	cards: string[];
	precision: string[];
}

/** Runs in the page: every check on the page as it is laid out now. */
function inspect(): Findings {
	const vw = document.documentElement.clientWidth;
	const name = (el: Element) => {
		const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
		const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
		return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}> “${text}”`;
	};
	const visible = (el: Element) => {
		const r = el.getBoundingClientRect();
		return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden' && r.bottom + scrollY > 0;
	};
	/** The nearest ancestor that clips or scrolls sideways, if any. */
	const clipper = (el: Element): Element | null => {
		for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
			const o = getComputedStyle(a).overflowX;
			if (o !== 'visible') return a;
		}
		return null;
	};
	const out: Findings = { overflow: [], targets: [], headings: [], tables: [], centred: [], chinese: [], cards: [], precision: [] };

	// 1. Nothing wider than the screen: the page never scrolls sideways; the widest culprit is named.
	const sw = document.documentElement.scrollWidth;
	if (sw > vw) {
		const culprits = [...document.body.querySelectorAll('*')]
			.filter((el) => visible(el) && el.getBoundingClientRect().right > vw + 0.5 && !clipper(el))
			.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
		const widest = culprits[0];
		out.overflow.push(`page is ${sw}px wide in a ${vw}px window; widest: ${widest ? `${name(widest)} ends at ${Math.round(widest.getBoundingClientRect().right)}px` : 'unknown'}`);
	}

	// 2. Targets outside running text are at least 24 × 24 px, or have WCAG 2.2's spacing exception (2.5.8):
	// a 24px circle centred on an undersized target meets no other target and no other undersized target's
	// circle. A target counts as in running text (the inline exception) when the paragraph, list item, cell
	// or caption holding it has text of its own besides its links and buttons.
	// Links drawn inside charts (the map's places) are left to the charts' own suite, which lays them out.
	const all = [...document.querySelectorAll('a[href], button, summary, input, select, textarea')].filter((el) => visible(el) && !el.closest('svg'));
	const holder = 'p, li, td, th, dd, dt, figcaption, caption, blockquote';
	const isTarget = (n: Node | null) => n instanceof Element && n.closest('a[href], button, summary, input, select, textarea') !== null;
	const inRunningText = (el: Element) => {
		const block = el.closest(holder);
		if (!block) return false;
		const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
		for (let t = walker.nextNode(); t; t = walker.nextNode()) {
			if (t.textContent?.trim() && !isTarget(t.parentElement) && (t.parentElement as HTMLElement).offsetParent !== null) return true;
		}
		return false;
	};
	const rects = all.map((el) => el.getBoundingClientRect());
	const small = all.map((_, i) => rects[i].width < 24 || rects[i].height < 24);
	const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
	const distToRect = (p: { x: number; y: number }, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
	all.forEach((el, i) => {
		if (!small[i] || inRunningText(el)) return;
		const c = centre(rects[i]);
		const near = all.findIndex((other, j) => {
			if (j === i || other.contains(el) || el.contains(other)) return false;
			if (distToRect(c, rects[j]) < 12) return true;
			const oc = centre(rects[j]);
			return small[j] && Math.hypot(c.x - oc.x, c.y - oc.y) < 24;
		});
		if (near >= 0) out.targets.push(`${name(el)} is ${Math.round(rects[i].width)}×${Math.round(rects[i].height)}px and too close to ${name(all[near])}`);
	});

	// 3. Every content heading links to itself, and the "#" sits right after its last word.
	for (const hd of document.querySelectorAll('main :is(h2, h3)')) {
		if (hd.closest('nav') || !visible(hd)) continue;
		const link = hd.nextElementSibling;
		if (!hd.id || !(link instanceof HTMLAnchorElement) || !link.classList.contains('self-link') || link.getAttribute('href') !== `#${hd.id}`) {
			out.headings.push(`${name(hd)} has no self-link to #${hd.id}`);
			continue;
		}
		const lines = [...hd.getClientRects()];
		const last = lines[lines.length - 1];
		const l = link.getBoundingClientRect();
		const mid = l.top + l.height / 2;
		if (!last || mid < last.top || mid > last.bottom || l.left < last.right - 1 || l.left - last.right > 24) {
			out.headings.push(`${name(hd)}: its self-link is not beside the last word (link at ${Math.round(l.left)},${Math.round(l.top)}; last line ends at ${Math.round(last?.right ?? 0)},${Math.round(last?.top ?? 0)})`);
		}
	}

	// 4. No table cell or caption is cut off: each lies inside the window, or inside a scroll box that a keyboard
	// can reach and that is named (role=region, an aria-label) — and a caption always wraps inside its box.
	for (const cell of document.querySelectorAll('main :is(td, th, caption)')) {
		if (!visible(cell)) continue;
		const r = cell.getBoundingClientRect();
		const box = cell.closest('.table-scroll, [role=region]');
		const scrolls = box && ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
		if (cell.tagName === 'CAPTION') {
			const edge = box ? box.getBoundingClientRect().right : vw;
			if (r.right > Math.min(edge, vw) + 1) out.tables.push(`${name(cell)} runs past its box (${Math.round(r.right)}px > ${Math.round(Math.min(edge, vw))}px)`);
			continue;
		}
		if (r.left >= -0.5 && r.right <= vw + 0.5) continue;
		if (!scrolls || (box as HTMLElement).tabIndex < 0 || box!.getAttribute('role') !== 'region' || !box!.getAttribute('aria-label')) {
			out.tables.push(`${name(cell)} is cut off (${Math.round(r.left)}–${Math.round(r.right)}px) and not in a focusable, named scroll box`);
		}
	}

	// 5. On a wide screen the text column is centred, the contents (where a page has them) beside it.
	if (vw >= 1200) {
		const article = document.querySelector('main > article');
		const toc = article?.querySelector(':scope > .section-toc');
		const column = toc ? article : article?.querySelector('p');
		if (column) {
			const r = column.getBoundingClientRect();
			const left = r.left;
			const right = vw - r.right;
			if (Math.abs(left - right) > 4) out.centred.push(`${name(column)} is not centred: ${Math.round(left)}px left, ${Math.round(right)}px right`);
		}
	}
	// 6. No Chinese name is broken across lines: each run of Chinese characters, in a sentence or a table cell,
	// stands on one line.
	const han = /[\u2e80-\u9fff\uf900-\ufaff]+/g;
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let t = walker.nextNode(); t; t = walker.nextNode()) {
		const parent = t.parentElement;
		if (!parent || !visible(parent) || parent.closest('svg')) continue;
		for (const m of (t.textContent ?? '').matchAll(han)) {
			const range = document.createRange();
			range.setStart(t, m.index!);
			range.setEnd(t, m.index! + m[0].length);
			const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
			if (tops.size > 1) out.chinese.push(`“${m[0]}” in ${name(parent)} is broken over ${tops.size} lines`);
		}
	}

	// 7. A table shown as cards (a narrow screen): in each card the column names stand in a column of their own,
	// every value starts at one edge beside them, and no name is broken inside a word.
	const probe = document.createElement('span');
	probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
	document.body.append(probe);
	for (const table of document.querySelectorAll<HTMLTableElement>('main table.stacks')) {
		if (!visible(table)) continue;
		const cells = [...table.querySelectorAll<HTMLTableCellElement>('tbody td')].filter((td) => getComputedStyle(td).display === 'grid' && visible(td));
		const starts = new Set<number>();
		for (const td of cells) {
			const value = td.querySelector<HTMLElement>(':scope > .cell');
			const label = getComputedStyle(td, '::before');
			if (!value || label.content === 'none') {
				out.cards.push(`${name(td)}: no label and value`);
				continue;
			}
			const left = td.getBoundingClientRect().left;
			starts.add(Math.round(value.getBoundingClientRect().left - left));
			// The label column: from the cell's left edge to the value, less the gap between them.
			const room = value.getBoundingClientRect().left - left - parseFloat(getComputedStyle(td).columnGap || '0');
			// The label's own font (the shorthand of a pseudo-element reads empty).
			for (const property of ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing'] as const) probe.style[property] = label[property];
			for (const word of (td.dataset.label ?? '').split(/\s+/)) {
				probe.textContent = word;
				if (probe.getBoundingClientRect().width > room + 0.5) out.cards.push(`${name(table)}: the label “${word}” (${probe.getBoundingClientRect().width.toFixed(0)} px) is broken in a ${room.toFixed(0)} px column`);
			}
			// Numbers and text alike start at the value column's left edge.
			const text = document.createRange();
			text.selectNodeContents(value);
			const first = [...text.getClientRects()][0];
			if (first && Math.abs(first.left - value.getBoundingClientRect().left) > 1) out.cards.push(`${name(td)}: its value stands ${Math.round(first.left - value.getBoundingClientRect().left)} px off its column`);
		}
		if (starts.size > 1) out.cards.push(`${name(table)}: its values start at ${[...starts].join(', ')} px from the card's edge, not at one`);
	}
	probe.remove();

	// 8. One precision per column: every number in a numeric column shows as many decimals (per unit, where a
	// column named "Unit" says the numbers are of different kinds: 1.5 % beside 7,400 people).
	for (const table of document.querySelectorAll<HTMLTableElement>('main table')) {
		const rows = [...table.tBodies].flatMap((b) => [...b.rows]);
		const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((h) => h.textContent?.trim());
		const unit = headers.indexOf('Unit');
		for (let c = 0; c < headers.length; c++) {
			const decimals = new Map<string, Set<number>>();
			for (const r of rows) {
				const cell = r.cells[c];
				if (!cell?.classList.contains('numeric')) continue;
				const kind = unit >= 0 ? (r.cells[unit]?.textContent?.trim() ?? '') : '';
				decimals.set(kind, (decimals.get(kind) ?? new Set()).add((/\.(\d+)/.exec(cell.textContent ?? '')?.[1] ?? '').length));
			}
			for (const [kind, d] of decimals) if (d.size > 1) out.precision.push(`${name(table)}: column ${c + 1}${kind ? ` (${kind})` : ''} shows ${[...d].sort().join(' and ')} decimals`);
		}
	}
	return out;
}

/** The header, measured: how many rows its controls make and whether its height fits two of them. */
function headerRows(): { rows: number; height: number; limit: number } {
	const header = document.querySelector('.site-header')!;
	const items = [...header.querySelectorAll('.site-title, summary, nav > a, .search-fallback, input')].filter((el) => {
		const r = el.getBoundingClientRect();
		return r.width > 1 && r.height > 1;
	});
	const tops: number[] = [];
	for (const r of items.map((el) => el.getBoundingClientRect())) if (!tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
	const style = getComputedStyle(header);
	const line = Math.max(...items.map((el) => el.getBoundingClientRect().height));
	const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth);
	return { rows: tops.length, height: header.getBoundingClientRect().height, limit: padding + 2 * line + parseFloat(style.rowGap || '0') + 1 };
}

async function openDetails(page: Page, selector: string) {
	await page.evaluate((s) => document.querySelectorAll<HTMLDetailsElement>(s).forEach((d) => (d.open = true)), selector);
}

for (const width of widths) {
	test(`every page reads well at ${width}px, light and dark, with every <details> open`, async ({ page }) => {
		test.setTimeout(240_000);
		expect(pages.length, 'the build has pages to check').toBeGreaterThan(10);
		await page.setViewportSize({ width, height: 900 });
		const problems: string[] = [];
		for (const path of pages) {
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				if (colorScheme === 'light') await page.goto(path);
				// The header's contents menu lies over the page: targets and cells are measured with it shut, the
				// page's width with it open as well.
				await openDetails(page, 'main details');
				const found = await page.evaluate(inspect);
				await openDetails(page, 'details');
				const overflow = (await page.evaluate(inspect)).overflow;
				await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('.site-header details').forEach((d) => (d.open = false)));
				const at = `${path} (${width}px, ${colorScheme})`;
				for (const [kind, list] of Object.entries({ ...found, overflow: [...new Set([...found.overflow, ...overflow])] })) for (const p of list) problems.push(`${at} ${kind}: ${p}`);
			}
			if (width === 320) {
				const h = await page.evaluate(headerRows);
				if (h.rows > 2 || h.height > h.limit) problems.push(`${path} (320px) header: ${h.rows} rows, ${Math.round(h.height)}px tall (two rows are at most ${Math.round(h.limit)}px)`);
			}
		}
		expect([...new Set(problems)], `${problems.length} layout problems`).toEqual([]);
	});
}

test('without JavaScript the header keeps to two rows on a phone and one row of links on a tablet', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const width of [320, 768]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`${base}zhongguancun/`);
		const h = await page.evaluate(headerRows);
		expect(h.rows, `${width}px: rows of the header`).toBeLessThanOrEqual(2);
		expect(h.height, `${width}px: height of the header`).toBeLessThanOrEqual(h.limit);
	}
	// On a phone the pages the header links to on wider screens are in the contents menu.
	await page.setViewportSize({ width: 320, height: 900 });
	await page.locator('.contents-menu summary').click();
	for (const name of ['Full report', 'Glossary', 'Editorial notes']) await expect(page.locator('.contents-menu').getByRole('link', { name })).toBeVisible();
	await context.close();
});

test('nothing moves when the page’s script runs: the header is as tall with JavaScript as without', async ({ browser }) => {
	// Lighthouse's phone (412 px, a slow CPU) paints before the inline script turns the search link into a
	// field; a header that changed height then would shift the whole page (a layout shift, scored as CLS).
	for (const width of [320, 412, 768, 1366]) {
		const heights: number[] = [];
		for (const javaScriptEnabled of [false, true]) {
			const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 823 } });
			const page = await context.newPage();
			await page.goto(`${base}references/`);
			heights.push(await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height));
			await context.close();
		}
		expect(heights[1], `${width}px: the header with JavaScript (without: ${heights[0]}px)`).toBeCloseTo(heights[0]!, 1);
	}
	const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
	await page.addInitScript(() => {
		(window as unknown as { shifts: number }).shifts = 0;
		new PerformanceObserver((list) => list.getEntries().forEach((e) => ((window as unknown as { shifts: number }).shifts += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(`${base}references/`, { waitUntil: 'load' });
	await page.waitForTimeout(1000);
	expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), 'cumulative layout shift on a slow phone (Lighthouse wants under 0.1)').toBeLessThan(0.05);
	await context.close();
});

test('the whole report has its contents beside the text on a wide screen, listing sections and subsections', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto(`${base}report/`);
	const toc = page.getByRole('navigation', { name: 'Contents', exact: true });
	await expect(toc).toHaveCSS('position', 'sticky');
	for (const section of model.sections) {
		await expect(toc.locator(`a[href="#${section.id}"]`), `${section.id} is in the contents`).toHaveText(section.title);
		for (const h of section.headings.filter((x) => x.depth === 2)) await expect(toc.locator(`a[href="#${h.id}"]`)).toHaveText(h.text);
	}
	const first = (await page.locator(`#${model.sections[0].id}`).boundingBox())!;
	expect((await toc.boundingBox())!.y, 'the contents begin beside the title page, before the first section').toBeLessThan(first.y);
	await page.locator('#zhongguancun').scrollIntoViewIfNeeded();
	await expect(toc).toBeInViewport();
	const tocBox = (await toc.boundingBox())!;
	const textBox = (await page.locator('#zhongguancun').boundingBox())!;
	expect(tocBox.x, 'the contents are to the right of the text').toBeGreaterThan(textBox.x + textBox.width);
});

test('an editors’ note marker stays with its word and is named for what it is', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 900 });
	await page.goto(`${base}creative-industries/`);
	const marker = page.locator('#ednote-chongqing-yangtze-delta');
	await expect(marker).toHaveAccessibleName(/^Editors’ note/);
	// The marker is one unbroken box on the line of the word before it.
	const { lines, sameLine } = await marker.evaluate((a) => {
		const rects = [...a.getClientRects()];
		const before = document.createRange();
		let node: Node | null = a.parentElement!.previousSibling;
		while (node && !(node.textContent ?? '').trim()) node = node.previousSibling;
		before.selectNodeContents(node!);
		const words = [...before.getClientRects()];
		const last = words[words.length - 1];
		const r = rects[0];
		return { lines: rects.length, sameLine: last !== undefined && r.top < last.bottom && r.bottom > last.top };
	});
	expect(lines, 'the marker does not break').toBe(1);
	expect(sameLine, 'the marker is on the line of the word before it').toBe(true);
});

/** The pages that place figures, and the figures on each: from the model. */
const figurePages = [...new Set(model.figures.map((f) => f.section))].map((section) => ({ path: `${base}${section}/`, figures: model.figures.filter((f) => f.section === section) }));

test('assistive technology meets each figure’s chart once, at every width', async ({ page }) => {
	const problems: string[] = [];
	for (const width of widths) {
		await page.setViewportSize({ width, height: 900 });
		for (const { path, figures } of figurePages) {
			await page.goto(path);
			for (const f of figures) {
				// What the accessibility tree holds: an image, or a group of links (the map), named by the figure.
				const name = new RegExp(`^${f.label}\\. `);
				const met = (await page.getByRole('img', { name }).count()) + (await page.getByRole('group', { name }).count());
				if (met !== 1) problems.push(`${path} at ${width}px: ${f.label} is met ${met} times`);
			}
		}
	}
	expect(problems).toEqual([]);
});

test('a reader without CSS sees each chart once, and reads citations, notes and headings as text, the cards after the section', async ({ page }) => {
	const problems: string[] = [];
	for (const section of model.sections) {
		await page.goto(`${base}${section.id}/`);
		// The page as its HTML and the browser's own stylesheet draw it, without the site's CSS.
		await page.evaluate(() => document.querySelectorAll('style, link[rel="stylesheet"]').forEach((e) => e.remove()));
		for (const f of model.figures.filter((x) => x.section === section.id)) {
			const shown = await page.locator(`#${f.anchor} svg.chart`).evaluateAll((svgs) => svgs.filter((s) => s.getClientRects().length > 0).length);
			if (shown !== 1) problems.push(`${section.id}: ${f.label} is drawn ${shown} times`);
		}
		const prose = await page.locator('.prose').innerText();
		for (const key of section.citedKeys) {
			const entry = model.reference(key).text.slice(0, 60);
			if (prose.includes(entry)) problems.push(`${section.id}: the entry of ${key} (“${entry}…”) stands in the text`);
		}
		for (const note of model.errata.filter((e) => e.flag && model.sectionIdOf(e.section) === section.id)) {
			if (prose.includes(note.reason.slice(0, 30))) problems.push(`${section.id}: the note ${note.id} stands in the text`);
		}
		if (/Permalink/.test(prose)) problems.push(`${section.id}: a heading reads “Permalink to …”`);
	}
	expect(problems).toEqual([]);
});
