import { expect, test } from '@playwright/test';
import { base } from './site';

const figures = [
	{ id: 'map', page: 'formation/', number: 1, texts: ['Wenzhou', 'Beijing (Zhongguancun', 'Pearl River Delta', 'Chongqing'] },
	{ id: 'typology', page: 'typology/', number: 2, texts: ['Wenzhou, Zhejiang', 'Gangqin Dongbei', 'Endogenous', 'Technology-intensive'] },
	{ id: 'growth', page: 'contribution/', number: 3, texts: ['Huizhou', '19.7%', 'around 20% a year'] },
	{ id: 'torch', page: 'torch-program/', number: 4, texts: ['14,884', '5,541', '3,250', '68'] },
	{ id: 'partnerships', page: 'zhongguancun/', number: 5, texts: ['Chinese Academy of Sciences', 'Lenovo', 'Tsinghua Unisplendour'] },
	{ id: 'innovation-system', page: 'zhongguancun/', number: 6, texts: ['Fund support', '39 universities', '17,000 firms'] },
];

test('with JavaScript off, every figure is numbered, drawn as SVG with a title and description, and has its data table', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const f of figures) {
		await page.goto(`${base}${f.page}`);
		const figure = page.locator(`#figure-${f.id}`);
		await expect(figure).toBeVisible();
		await expect(figure.locator('figcaption .figure-label')).toHaveText(`Figure ${f.number}.`);
		const svg = figure.locator('svg.chart');
		await expect(svg).toBeVisible();
		await expect(svg).toHaveAccessibleName(new RegExp(`^Figure ${f.number}\\. `));
		expect((await svg.locator('desc').textContent())?.length).toBeGreaterThan(40);
		const svgText = await svg.textContent();
		for (const t of f.texts) expect(svgText, `${f.id} shows "${t}"`).toContain(t);
		await expect(figure.locator('table')).toHaveCount(1);
		expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(1);
		await expect(figure.locator('.figure-source a')).toHaveAttribute('href', new RegExp(`^${base}references/#ref-`));
	}
	await context.close();
});

test('a figure cross-reference shows the figure number and leads to it', async ({ page }) => {
	await page.goto(`${base}contribution/`);
	const ref = page.locator('a.figref').first();
	await expect(ref).toHaveText('Figure 3');
	await ref.click();
	await expect(page.locator('#figure-growth')).toBeInViewport();
});

test('the text quotes the same numbers the charts draw', async ({ page }) => {
	await page.goto(`${base}torch-program/`);
	const prose = await page.locator('.prose > p').allInnerTexts();
	const chart = (await page.locator('#figure-torch svg').textContent()) ?? '';
	for (const n of ['14,884', '5,541', '3,250', '68']) {
		expect(prose.join(' ')).toContain(n);
		expect(chart).toContain(n);
	}
});

test('every figure offers CSV and JSON downloads that parse and hold the table rows', async ({ page, request }) => {
	for (const f of figures) {
		await page.goto(`${base}${f.page}`);
		const figure = page.locator(`#figure-${f.id}`);
		const rows = await figure.locator('table tbody tr').count();
		const csvHref = await figure.getByRole('link', { name: 'CSV' }).getAttribute('href');
		const jsonHref = await figure.getByRole('link', { name: 'JSON' }).getAttribute('href');
		const csv = await (await request.get(csvHref!)).text();
		const lines = csv.trimEnd().split('\r\n');
		expect(lines.length, `${f.id}.csv has a header and one line per row`).toBe(rows + 1);
		const json = (await (await request.get(jsonHref!)).json()) as { figure: number; rows: unknown[]; columns: Array<{ key: string }> };
		expect(json.figure).toBe(f.number);
		expect(json.rows).toHaveLength(rows);
		expect(lines[0].split(',').length).toBeGreaterThanOrEqual(json.columns.length);
	}
});

test('the map links each place to the section that discusses it, with an accessible name', async ({ page }) => {
	await page.goto(`${base}formation/`);
	const wenzhou = page.locator('#figure-map a.point-link', { hasText: 'Wenzhou' });
	await expect(wenzhou).toHaveAttribute('href', `${base}contribution/`);
	await expect(wenzhou).toHaveAccessibleName(/^Wenzhou: read “Contribution”/);
	const rows = await page.locator('#figure-map table tbody tr').count();
	expect(rows).toBe(16);
	await expect(page.locator('#figure-map td[lang="zh-Hans"]').first()).toHaveText('北京');
});

test('the first mention of a place shows its Chinese name and pinyin, marked as Chinese', async ({ page }) => {
	await page.goto(`${base}contribution/`);
	const zh = page.locator('.prose .zh-name').first();
	await expect(zh).toHaveText('(惠州, Huìzhōu)');
	await expect(zh.locator('[lang="zh-Hans"]')).toHaveText('惠州');
	await expect(zh.locator('[lang="zh-Latn-pinyin"]')).toHaveText('Huìzhōu');
});

test('a glossary term in the text links to its definition on the glossary page', async ({ page }) => {
	await page.goto(`${base}problems/`);
	await page.locator('a.term', { hasText: 'Hukou' }).click();
	await expect(page).toHaveURL(new RegExp(`${base}glossary/#hukou$`));
	await expect(page.locator('#hukou dd')).toContainText('household registration');
	await expect(page.locator('#hukou [lang="zh-Hans"]')).toHaveText('户口');
	await page.goto(`${base}glossary/`);
	await expect(page.locator('#torch-program dd')).toContainText('launched in 1988');
	for (const id of ['hukou', 'township-and-village-enterprises', 'special-economic-zones', 'torch-program', 'five-year-plans', 'cbd', 'ebd']) await expect(page.locator(`#${id}[data-permalink]`)).toHaveCount(1);
});
