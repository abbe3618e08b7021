import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { base } from './site';

interface Fact {
	page: string;
	text: string;
}
const facts = parse(readFileSync(new URL('../fixtures/draft-facts.yaml', import.meta.url), 'utf8')) as Fact[];
const byPage = Map.groupBy(facts, (f) => f.page);

test('the draft-facts list is substantial', () => {
	expect(facts.length).toBeGreaterThanOrEqual(50);
});

for (const [path, list] of byPage) {
	test(`${path} shows the draft's facts`, async ({ browser }) => {
		// Read as a reader without JavaScript would.
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}${path.replace(/^\//, '')}`);
		const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
		// The reference list sets titles in its style's case (APA: sentence case), so titles there are compared without case.
		const fold = (t: string) => (path === '/references/' ? t.toLowerCase() : t);
		const missing = list.filter((f) => !fold(text).includes(fold(f.text.replace(/\s+/g, ' ')))).map((f) => f.text);
		expect(missing, `facts missing from ${path}`).toEqual([]);
		await context.close();
	});
}

test('no OCR debris survives on any section', async ({ page }) => {
	await page.goto(`${base}report/`);
	const text = await page.locator('main').innerText();
	for (const debris of ['₹', '₽', '¥ SMU', 'Zhongguangcun', 'Zejiang', 'Dongguang', 'Arvabutis', 'competitivity', 'Long River Delta', 'Chin ']) {
		expect(text, `"${debris}" is gone`).not.toContain(debris);
	}
});
