import { expect, test, type Locator } from '@playwright/test';
import { formatQuantity } from '../../src/format/number';
import { base, model } from './site';

/** Every figure as the content places it: where it stands, its label, and the words its chart draws. */
const figures = model.figures.map((f) => ({
	id: f.id,
	page: `${f.section}/`,
	label: f.label,
	texts: [...f.chart.texts.map((t) => t.text), ...(f.chart.points ?? []).flatMap((p) => p.lines)],
}));
/**
 * The words a drawing sets: its own texts, and the words it draws by reference (a figure's words stand once
 * on the page, for both its drawings: src/components/FigureCharts.astro).
 */
function drawnWords(svg: Locator): Promise<string[]> {
	return svg.evaluate((el) => [...el.querySelectorAll('text, use')].map((t) => (t.tagName === 'use' ? (document.querySelector(t.getAttribute('href')!)?.textContent ?? '') : (t.textContent ?? ''))));
}

test('with JavaScript off, every figure is numbered, drawn as SVG with a title and description, and has its data table', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const f of figures) {
		await page.goto(`${base}${f.page}`);
		const figure = page.locator(`#figure-${f.id}`);
		await expect(figure).toBeVisible();
		await expect(figure.locator('figcaption .figure-label')).toHaveText(`${f.label}.`);
		const svg = figure.locator('svg.chart:visible');
		await expect(svg).toBeVisible();
		await expect(svg).toHaveAccessibleName(new RegExp(`^${f.label}\\. `));
		await expect(svg).toHaveAccessibleDescription(/.{40}/);
		const svgText = (await drawnWords(svg)).join(' ');
		for (const t of f.texts) expect(svgText, `${f.id} shows "${t}"`).toContain(t);
		await expect(figure.locator('table')).toHaveCount(1);
		expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(1);
		await expect(figure.locator('.figure-source a')).toHaveAttribute('href', new RegExp(`^${base}references/#ref-`));
	}
	await context.close();
});

test('a figure cross-reference shows the figure label and leads to it', async ({ page }) => {
	const growth = model.figure('growth');
	await page.goto(`${base}${growth.section}/`);
	const ref = page.locator('a.figref', { hasText: growth.label }).first();
	await expect(ref).toHaveText(growth.label);
	await ref.click();
	await expect(page.locator('#figure-growth')).toBeInViewport();
});

test("the draft’s own figure keeps the draft’s number; the editors’ figures are a series of their own, marked in their captions", async ({ page }) => {
	for (const f of model.figures) {
		await page.goto(`${base}${f.section}/`);
		const caption = page.locator(`#figure-${f.id} figcaption`);
		if (f.series === 'draft') await expect(caption.locator('.figure-series')).toHaveCount(0);
		else {
			expect(f.label).toMatch(/^Figure E\d+$/);
			await expect(caption.locator('.figure-series')).toHaveText('Added by the editors.');
		}
	}
});

test('the text quotes the same numbers the charts draw', async ({ page }) => {
	const torch = model.figure('torch');
	const numbers = ['torch.projects-funded', 'torch.ongoing-projects', 'torch.patents-domestic', 'torch.patents-international'].map((id) => formatQuantity(model.facts.get(id)!));
	await page.goto(`${base}${torch.section}/`);
	const prose = await page.locator('.prose > p').allInnerTexts();
	const chart = (await drawnWords(page.locator('#figure-torch svg.chart:visible'))).join(' ');
	for (const n of numbers) {
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
		const json = (await (await request.get(jsonHref!)).json()) as { figure: string; rows: unknown[]; columns: Array<{ key: string }> };
		expect(json.figure).toBe(f.label);
		expect(json.rows).toHaveLength(rows);
		expect(lines[0].split(',').length).toBeGreaterThanOrEqual(json.columns.length);
	}
});

test('the map links each place to the section that discusses it, with an accessible name', async ({ page }) => {
	await page.goto(`${base}formation/`);
	const wenzhou = page.locator('#figure-map svg.chart:visible').getByRole('link', { name: /^Wenzhou:/ });
	await expect(wenzhou).toHaveAttribute('href', `${base}contribution/`);
	await expect(wenzhou).toHaveAccessibleName(/^Wenzhou: read “Contribution”/);
	const rows = await page.locator('#figure-map table tbody tr').count();
	expect(rows).toBe(model.figure('map').table.rows.length);
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
