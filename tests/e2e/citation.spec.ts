import { parse } from '@retorquere/bibtex-parser';
import { expect, test } from '@playwright/test';
import { citationStyles } from '../../src/citation';
import { zoteroItem } from '../unit/citation/zotero';
import { base, builtPages, model, pinned } from './site';

const sections = model.sections.map((s) => s.id);
const reportTitle = `${model.meta.title}: ${model.meta.subtitle}`;

/**
 * The work each page is, from the model: the report (home page and whole report, at the home page's address),
 * a section or a figure (parts of the report, at their own pages), or none.
 */
function workOf(path: string): { itemType: 'report' | 'bookSection'; title: string; url: string } | undefined {
	// Every address a work gives is its edition's pinned one (`editions/<version>/…`), which always shows these words.
	if (path === base || path === `${base}report/`) return { itemType: 'report', title: reportTitle, url: pinned() };
	const section = model.sections.find((s) => path === `${base}${s.id}/`);
	if (section) return { itemType: 'bookSection', title: section.title, url: pinned(path.slice(base.length)) };
	const figure = model.figures.find((f) => path === `${base}figures/${f.id}/`);
	if (figure) return { itemType: 'bookSection', title: `${figure.label}. ${figure.caption}`, url: pinned(path.slice(base.length)) };
	return undefined;
}

test('every page that is the report or a part of it is filed by Zotero as that work, dated, at one address in every tag; no other page carries a record', async ({ page }) => {
	const published = model.meta.dates.published.replace(/-/g, '/');
	for (const path of builtPages()) {
		await page.goto(path);
		const tags = await page.locator('head meta[name], head meta[property]').evaluateAll((els) => els.map((e) => ({ key: e.getAttribute('name') ?? e.getAttribute('property') ?? '', content: e.getAttribute('content') ?? '' })));
		const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? undefined;
		const work = workOf(path);
		if (!work) {
			expect(tags.filter((t) => t.key.startsWith('citation_')), `${path} is not a work to cite`).toEqual([]);
			continue;
		}
		const item = zoteroItem(tags, canonical);
		expect(item, path).toEqual({
			itemType: work.itemType,
			title: work.title,
			...(work.itemType === 'bookSection' ? { bookTitle: reportTitle } : {}),
			publisher: model.meta.institution,
			date: published,
			url: work.url,
			language: model.meta.language,
			creators: [],
		});
		// One address for the work in every tag that names one: the canonical link, Open Graph, Dublin Core, JSON-LD.
		expect(canonical, path).toBe(work.url);
		for (const key of ['og:url', 'DC.identifier', 'citation_public_url', 'citation_abstract_html_url']) expect(tags.filter((t) => t.key === key).map((t) => t.content), `${path} ${key}`).toEqual([work.url]);
		const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null') as Record<string, unknown>;
		expect(ld['@context']).toBe('https://schema.org');
		expect([ld['@id'], ld.url], path).toEqual([work.url, work.url]);
		// The report's full text is the whole-report page, not the home page's abstract.
		expect(tags.filter((t) => t.key === 'citation_fulltext_html_url').map((t) => t.content), path).toEqual([work.itemType === 'report' ? pinned('report/') : work.url]);
		expect(tags.filter((t) => t.key === 'DC.type')).toEqual([]);
	}
});

test('the home page describes the report, with every section as a part of it', async ({ page }) => {
	await page.goto(base);
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@type': string; hasPart: Array<{ url: string }>; publisher: { name: string } };
	expect(ld['@type']).toBe('Report');
	expect(ld.publisher.name).toBe('SMU');
	expect(ld.hasPart.map((p) => p.url)).toEqual(sections.map((s) => pinned(`${s}/`)));
	await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', 'Clusters and Innovation in China: The Formation and Development of SME Clusters in China');
});

test('a section page describes itself as part of the report and lists the works it cites', async ({ page }) => {
	await page.goto(`${base}zhongguancun/`);
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { isPartOf: { '@type': string; url: string } };
	expect(ld.isPartOf).toMatchObject({ '@type': 'Report', url: pinned() });
	const refs = await page.locator('meta[name="citation_reference"]').evaluateAll((els) => els.map((e) => e.getAttribute('content')));
	expect(refs).toEqual([expect.stringMatching(/^Kuchiki, A\. \(2007\)/), expect.stringMatching(/^Zhongguancun Science Park Management Committee\. \(2002/)]);
});

test('without JavaScript every section has a cite-this block in every style and format: APA cites the report and names the section in the text, the others the section in the report', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const year = model.meta.dates.published.slice(0, 4);
	for (const id of sections) {
		const section = model.section(id);
		await page.goto(`${base}${id}/`);
		const block = page.locator(`details#cite-this-${id}`);
		await block.locator(':scope > summary').click();
		const labels = ['APA 7: in the text', 'APA 7: reference list', ...citationStyles.filter((s) => s.id !== 'apa').map((s) => s.label), 'BibTeX', 'RIS', 'CSL-JSON'];
		for (const label of labels) await expect(block.getByText(label, { exact: true })).toBeVisible();
		// APA 7 (8.13, 8.14): the whole work, its title in italics, with the part as the locator.
		await expect(block.locator(`#citation-${id}-apa-in-text`)).toHaveText(`(${model.meta.title}, ${year}, Section ${section.order})`);
		await expect(block.locator(`#citation-${id}-apa-in-text i`)).toHaveText(model.meta.title);
		const apa = (await block.locator(`#citation-${id}-apa`).innerText()).replace(/\s+/g, ' ');
		expect(apa).toContain('Clusters and innovation in China');
		expect(apa).toContain(`Version ${model.meta.version}`);
		expect(apa).toContain(model.meta.institution);
		expect(apa.endsWith(pinned())).toBe(true);
		const chicago = (await block.locator(`#citation-${id}-chicago-author-date`).innerText()).replace(/\s+/g, ' ');
		expect(chicago).toContain(pinned(`${id}/`));
		// No date of reading is invented: without JavaScript, Cite Them Right's form stands without one.
		expect(await block.locator(`#citation-${id}-harvard-cite-them-right`).innerText()).not.toContain('Accessed');
		await expect(block.locator('button.copy-button').first()).toBeHidden();
		// The raw records are each behind their own disclosure.
		for (const e of ['bibtex', 'ris', 'csl']) await expect(block.locator(`#citation-${id}-${e}`)).toBeHidden();
	}
	await context.close();
});

test('the cite-this block offers copy buttons when JavaScript runs, and writes the reader\'s own date where a style asks for the access date', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2031-03-07T12:00:00'));
	await page.goto(`${base}formation/`);
	await page.locator('#cite-this-formation > summary').click();
	await expect(page.locator('#cite-this-formation button.copy-button').first()).toBeVisible();
	const harvard = (await page.locator('#citation-formation-harvard-cite-them-right').innerText()).replace(/\s+/g, ' ');
	expect(harvard.endsWith(`Available at: ${pinned('formation/')} (Accessed: 7 March 2031).`)).toBe(true);
	await page.goto(base);
	await page.locator('#cite-this-report > summary').click();
	expect((await page.locator('#citation-report-harvard-cite-them-right').innerText()).replace(/\s+/g, ' ')).toContain(`Available at: ${pinned()} (Accessed: 7 March 2031).`);
});

test('an open cite-this block fits a phone: at 320 px nothing overflows, the citations are most of it, the raw records each behind a disclosure', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
	const page = await context.newPage();
	for (const path of [`${base}zhongguancun/`, base, `${base}figures/${model.figures[0]!.id}/`]) {
		await page.goto(path);
		const block = page.locator('details.cite-this');
		await block.locator(':scope > summary').click();
		const measure = () =>
			block.evaluate((el) => ({
				height: el.getBoundingClientRect().height,
				citations: [...el.querySelectorAll('.cite-style')].reduce((n, c) => n + c.getBoundingClientRect().height, 0),
				overflow: el.scrollWidth - el.clientWidth,
			}));
		const closed = await measure();
		expect(closed.overflow, path).toBeLessThanOrEqual(0);
		expect(closed.citations / closed.height, `${path}: the citations' share of the open block`).toBeGreaterThan(0.6);
		for (const e of await block.locator('details.cite-export').all()) {
			await expect(e.locator('pre')).toBeHidden();
			await e.locator(':scope > summary').click();
			await expect(e.locator('pre')).toBeVisible();
		}
		expect((await measure()).overflow, path).toBeLessThanOrEqual(0);
	}
	await context.close();
});

test('every BibTeX download parses with a real BibTeX parser, each entry with a title and a URL; RIS and CSL-JSON load too', async ({ request }) => {
	for (const target of ['report', ...sections]) {
		const bib = parse(await (await request.get(`${base}cite/${target}.bib`)).text());
		expect(bib.errors, target).toEqual([]);
		expect(bib.entries).toHaveLength(1);
		expect(bib.entries[0].fields.title, target).toBeTruthy();
		expect(bib.entries[0].fields.url, target).toBe(pinned(target === 'report' ? '' : `${target}/`));
		expect(await (await request.get(`${base}cite/${target}.ris`)).text()).toMatch(/^TY {2}- (RPRT|CHAP)/);
		const csl = (await (await request.get(`${base}cite/${target}.json`)).json()) as Array<{ URL: string }>;
		expect(csl[0].URL).toBe(pinned(target === 'report' ? '' : `${target}/`));
	}
});

test('an in-text citation shows the full reference on keyboard focus and describes the link to screen readers', async ({ page }) => {
	await page.goto(`${base}problems/`);
	const link = page.locator('a.cite-link', { hasText: 'Au & Henderson, 2004' });
	const card = page.locator(`#${await link.getAttribute('aria-describedby')}`);
	await expect(card).toBeHidden();
	await link.focus();
	await expect(card).toBeVisible();
	await expect(card).toContainText('Estimating net urban agglomeration economies');
	await expect(link).toHaveAccessibleDescription(/Au, C\.-C\., & Henderson, J\. V\. \(2004\)/);
	await expect(link).toHaveAttribute('href', `${base}references/#ref-auhenderson2004`);
});

/** What a label must name for a work (from the content): its first author's family name, or its title's first words. */
function lead(key: string): RegExp {
	const ref = model.reference(key).ref;
	const first = ref.author[0];
	const words = first ? ('literal' in first ? first.literal : first.family) : ref.title.split(/\s+/).slice(0, 3).join(' ');
	return new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
}

test('every in-text citation on every page names the work its link lands on and its card shows, and every back-link returns to it', async ({ page }) => {
	const byAnchor = new Map(model.references.map((r) => [r.anchor, r]));
	const citations = new Map<string, string>();
	let links = 0;
	for (const path of builtPages()) {
		await page.goto(path);
		const found = await page.locator('a.cite-link').evaluateAll((els) =>
			els.map((a) => ({ id: a.id, label: (a as HTMLElement).innerText, href: a.getAttribute('href') ?? '', card: document.getElementById(a.getAttribute('aria-describedby') ?? '')?.textContent ?? '' })),
		);
		const section = model.sections.find((s) => path === `${base}${s.id}/`);
		if (section) expect(found.length, path).toBe(section.citations.reduce((n, c) => n + c.items.length, 0));
		for (const link of found) {
			const [target, anchor] = link.href.split('#');
			expect(target, `${path} “${link.label}”`).toBe(`${base}${model.referencesSection}/`);
			const entry = byAnchor.get(anchor ?? '');
			expect(entry, `${path} “${link.label}” lands on ${link.href}`).toBeDefined();
			expect(link.label, `${path}: the label “${link.label}” links to ${entry!.key}`).toMatch(lead(entry!.key));
			expect(link.card.replace(/\s+/g, ' ').trim(), `${path}: the card of “${link.label}”`).toBe(entry!.text);
			if (!path.endsWith('/report/')) citations.set(`${path}#${link.id}`, anchor!);
			links++;
		}
	}
	expect(links).toBeGreaterThanOrEqual(2 * model.sections.reduce((n, s) => n + s.citations.reduce((m, c) => m + c.items.length, 0), 0));
	await page.goto(`${base}${model.referencesSection}/`);
	const backlinks = await page.locator('li[id^="ref-"] a.backlink').evaluateAll((els) => els.map((a) => ({ entry: a.closest('li')!.id, href: a.getAttribute('href') ?? '' })));
	expect(backlinks.length).toBe(citations.size);
	for (const b of backlinks) expect(citations.get(b.href), `${b.entry}: ${b.href}`).toBe(b.entry);
});

test('every ↩ back to a citation is a target of at least 24 × 24 CSS pixels (WCAG 2.2, 2.5.8)', async ({ page }) => {
	await page.goto(`${base}${model.referencesSection}/`);
	const boxes = await page.locator('a.backlink').evaluateAll((els) => els.map((a) => { const r = a.getBoundingClientRect(); return { width: r.width, height: r.height }; }));
	expect(boxes.length).toBeGreaterThan(0);
	for (const box of boxes) {
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
	}
});

test('no sentence of the report names a work outside its citation, nor cites one work twice', async ({ page }) => {
	let checked = 0;
	for (const id of sections) {
		await page.goto(`${base}${id}/`);
		// Each citation's sentence as a reader reads it, the citation itself taken out: its cards and notes left out.
		const found = await page.locator('.prose span.cite').evaluateAll((cites) =>
			cites.map((cite) => {
				const block = cite.closest('p, li, td, figcaption')!;
				const clone = block.cloneNode(true) as HTMLElement;
				const index = [...block.querySelectorAll('span.cite')].indexOf(cite);
				for (const card of clone.querySelectorAll('[role="tooltip"]')) card.remove();
				const mark = (el: Element, i: number) => el.replaceWith(`\u0001${i}\u0002`);
				[...clone.querySelectorAll('span.cite')].forEach(mark);
				const text = (clone.textContent ?? '').replace(/\s+/g, ' ');
				const sentences = text.split(/(?<=[.!?][”’")]?)\s+(?=[A-Z“"(])/);
				const sentence = sentences.find((s) => s.includes(`\u0001${index}\u0002`)) ?? '';
				const others = [...sentence.matchAll(/\u0001(\d+)\u0002/g)].map((m) => Number(m[1])).filter((i) => i !== index);
				const keysOf = (el: Element) => [...el.querySelectorAll('a.cite-link')].map((a) => (a.getAttribute('href') ?? '').split('#ref-')[1] ?? '');
				const all = [...block.querySelectorAll('span.cite')];
				return { sentence: sentence.replace(/\u0001\d+\u0002/g, '[citation]'), keys: keysOf(cite), otherKeys: others.flatMap((i) => keysOf(all[i]!)) };
			}),
		);
		for (const { sentence, keys, otherKeys } of found) {
			for (const key of keys) {
				const where = `${id}: “${sentence}” cites ${key}`;
				expect(sentence, where).not.toMatch(lead(key));
				expect(otherKeys, where).not.toContain(key);
				checked++;
			}
		}
	}
	expect(checked).toBe(model.sections.reduce((n, s) => n + s.citations.reduce((m, c) => m + c.items.length, 0), 0));
});

test('the reference list is formatted in APA with links back to each citation', async ({ page }) => {
	await page.goto(`${base}references/`);
	const lo = page.locator('#ref-lo1989');
	await expect(lo.locator('.reference')).toContainText('Lo, C. P. (1989). Recent spatial restructuring in Zhujiang Delta, South China');
	await expect(lo.locator('.reference i').first()).toHaveText('Annals of the Association of American Geographers');
	await expect(lo.locator('a.backlink')).toHaveAttribute('href', `${base}formation/#cite-lo1989-formation-1`);
});

test('no page invites a reference manager to guess an author: without citation_author, nothing is marked as a byline or author', async ({ page }) => {
	// Zotero's Embedded Metadata translator, finding no citation_author, takes authors from elements whose
	// class names a byline or an author (and from itemprop="author"): such an element would invent authors.
	for (const path of builtPages()) {
		await page.goto(path);
		if ((await page.locator('meta[name="citation_author"]').count()) > 0) continue;
		const suspects = await page.locator('[class], [itemprop], [rel="author"]').evaluateAll((els) =>
			els.filter((e) => /byline|author/i.test(e.getAttribute('class') ?? '') || /author|creator/i.test(e.getAttribute('itemprop') ?? '') || e.getAttribute('rel') === 'author').map((e) => e.outerHTML.slice(0, 80)),
		);
		expect(suspects, path).toEqual([]);
	}
});
