import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { type ErratumQuote, type SiteSection, compareWithDraft } from '../../src/editorial/compare';
import { readHomePage, readSectionPage } from './editorial-text';
import { base } from './site';

// The machine check of the errata (issue 12): the draft the project keeps, the site as a reader sees
// it without JavaScript, and content/errata.yaml must agree — every difference covered by an erratum,
// every erratum quoting the draft and the site exactly.
const draft = readFileSync(new URL('../../content/draft/report-draft.txt', import.meta.url), 'utf8');
const errata = parse(readFileSync(new URL('../../content/errata.yaml', import.meta.url), 'utf8')) as ErratumQuote[];
const sectionIds = readdirSync(new URL('../../content/sections/', import.meta.url))
	.filter((f) => f.endsWith('.mdx'))
	.sort()
	.map((f) => f.replace(/^\d+-/, '').replace(/\.mdx$/, ''));

test.describe('the errata cover every change to the draft', () => {
	let sections: SiteSection[] = [];

	test.beforeAll(async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(base);
		sections = [{ id: 'report', blocks: await readHomePage(page) }];
		for (const id of sectionIds) {
			const response = await page.goto(`${base}${id}/`);
			expect(response?.status(), `${id}/ answers`).toBe(200);
			sections.push({ id, blocks: await readSectionPage(page) });
		}
		await context.close();
	});

	test('the project keeps the draft, and every section page has prose to compare', () => {
		expect(draft).toContain('Figure 1 the industrial innovation of ZSP');
		for (const s of sections.slice(1)) expect(s.blocks.filter((b) => !b.block).length, s.id).toBeGreaterThan(1);
		expect(sections[0].blocks.map((b) => b.block)).toEqual(['title-page', 'abstract']);
	});

	test('no difference between the draft and the site is left without an erratum', () => {
		const { uncovered } = compareWithDraft(draft, sections, errata);
		const report = uncovered.map((d) => `[${d.section}${d.block ? ` ${d.block}` : ''}] draft «${d.draft}» → site «${d.site}»${d.context ? `\n    site: ${d.context}\n    draft: ${d.draftContext}` : ''}`);
		expect(report, 'differences no erratum covers').toEqual([]);
	});

	test('every erratum matches a real difference: its draft text is in the draft, its site text exactly on the site', () => {
		const { unmatched } = compareWithDraft(draft, sections, errata);
		expect(unmatched.map((u) => `${u.id}: ${u.problem}`)).toEqual([]);
	});

	test('every editors’ figure, summary and the abstract is listed as such', () => {
		const { differences } = compareWithDraft(draft, sections, errata);
		const blocks = differences.filter((d) => d.block);
		expect(blocks.filter((d) => d.block === 'summary')).toHaveLength(sectionIds.length);
		expect(blocks.some((d) => d.block === 'abstract')).toBe(true);
		expect(blocks.filter((d) => d.block!.startsWith('figure:')).length).toBeGreaterThanOrEqual(6);
		for (const d of blocks) expect(d.errata, `${d.section} ${d.block}`).not.toEqual([]);
	});
});

test('the editorial notes page states the number of changes errata.yaml holds', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${base}editorial-notes/`);
	const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
	expect(text).toMatch(new RegExp(`\\b${errata.length} (?:changes|in all)\\b`));
	await context.close();
});
