import { parse } from '@retorquere/bibtex-parser';
import { expect, test } from '@playwright/test';
import { citationStyles } from '../../src/citation';
import { base, builtPages, model, site } from './site';

const sections = model.sections.map((s) => s.id);
/** Pages that are the report or a part of it; the glossary, the notes and the 404 page are not works to cite. */
const scholarly = new Set(['', 'report/', ...sections.map((s) => `${s}/`)].map((p) => `${base}${p}`));

test('every page of the report carries the tags Google Scholar and Zotero read, and no other page carries any', async ({ page }) => {
	for (const path of builtPages()) {
		await page.goto(path);
		const meta = async (name: string) => page.locator(`meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('content')));
		if (!scholarly.has(path)) {
			expect(await page.locator('meta[name^="citation_"]').count(), `${path} is not a work to cite`).toBe(0);
			continue;
		}
		expect((await meta('citation_title'))[0], `${path} citation_title`).toBeTruthy();
		expect(await meta('citation_technical_report_institution'), path).toEqual(['SMU']);
		expect((await meta('citation_publication_date'))[0], path).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
		// The home page and the whole report are one work, the report, at its one address: the home page.
		const work = path === `${base}report/` ? `${site}${base}` : `${site}${path}`;
		expect(await meta('citation_abstract_html_url'), path).toEqual([work]);
		expect(await meta('citation_inbook_title'), path).toHaveLength(path === `${base}` || path === `${base}report/` ? 0 : 1);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${path}`);
		expect(await meta('DC.type')).toEqual([]);
		const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null') as Record<string, unknown>;
		expect(ld['@context']).toBe('https://schema.org');
		// The whole-report page describes the report itself, whose address is the home page.
		expect(ld.url).toBe(path.endsWith('/report/') ? `${site}${base}` : `${site}${path}`);
	}
});

test('the home page describes the report, with every section as a part of it', async ({ page }) => {
	await page.goto(base);
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@type': string; hasPart: Array<{ url: string }>; publisher: { name: string } };
	expect(ld['@type']).toBe('Report');
	expect(ld.publisher.name).toBe('SMU');
	expect(ld.hasPart.map((p) => p.url)).toEqual(sections.map((s) => `${site}${base}${s}/`));
	await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', 'Clusters and Innovation in China: The Formation and Development of SME Clusters in China');
});

test('a section page describes itself as part of the report and lists the works it cites', async ({ page }) => {
	await page.goto(`${base}zhongguancun/`);
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { isPartOf: { '@type': string; url: string } };
	expect(ld.isPartOf).toMatchObject({ '@type': 'Report', url: `${site}${base}` });
	const refs = await page.locator('meta[name="citation_reference"]').evaluateAll((els) => els.map((e) => e.getAttribute('content')));
	expect(refs).toEqual([expect.stringMatching(/^Kuchiki, A\. \(2007\)/), expect.stringMatching(/^Zhongguancun Science Park Management Committee\. \(2002/)]);
});

test('without JavaScript every section has a cite-this block in all seven formats, naming the section, report, institution, version and URL', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const id of sections) {
		await page.goto(`${base}${id}/`);
		const block = page.locator(`details#cite-this-${id}`);
		await block.locator('summary').click();
		for (const label of [...citationStyles.map((s) => s.label), 'BibTeX', 'RIS', 'CSL-JSON']) await expect(block.getByText(label, { exact: true })).toBeVisible();
		const apa = (await block.locator(`#citation-${id}-apa`).innerText()).replace(/\s+/g, ' ');
		expect(apa).toContain('Clusters and innovation in China');
		expect(apa).toContain('Version 1.0.0');
		expect(apa).toContain('SMU');
		expect(apa).toContain(`${site}${base}${id}/`);
		await expect(block.locator('button.copy-button').first()).toBeHidden();
	}
	await context.close();
});

test('the cite-this block offers copy buttons when JavaScript runs', async ({ page }) => {
	await page.goto(`${base}formation/`);
	await page.locator('#cite-this-formation summary').click();
	await expect(page.locator('#cite-this-formation button.copy-button').first()).toBeVisible();
});

test('every BibTeX download parses with a real BibTeX parser, each entry with a title and a URL; RIS and CSL-JSON load too', async ({ request }) => {
	for (const target of ['report', ...sections]) {
		const bib = parse(await (await request.get(`${base}cite/${target}.bib`)).text());
		expect(bib.errors, target).toEqual([]);
		expect(bib.entries).toHaveLength(1);
		expect(bib.entries[0].fields.title, target).toBeTruthy();
		expect(bib.entries[0].fields.url, target).toBe(`${site}${base}${target === 'report' ? '' : `${target}/`}`);
		expect(await (await request.get(`${base}cite/${target}.ris`)).text()).toMatch(/^TY {2}- (RPRT|CHAP)/);
		const csl = (await (await request.get(`${base}cite/${target}.json`)).json()) as Array<{ URL: string }>;
		expect(csl[0].URL).toBe(`${site}${base}${target === 'report' ? '' : `${target}/`}`);
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
