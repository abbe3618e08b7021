import { expect, test } from '@playwright/test';
import { formatFixed } from '../../src/format/number';
import { base, model } from './site';

test('typing "Torch" in the header search finds the Torch Program section', async ({ page }) => {
	await page.goto(`${base}formation/`);
	const input = page.getByRole('searchbox', { name: 'Search the report' });
	await input.fill('Torch');
	const results = page.locator('.search-results > li > a');
	await expect(results.first()).toBeVisible();
	expect(await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(`${base}torch-program/`);
	await expect(page.getByRole('status')).toContainText('for “Torch”');
});

test('search results lead to section anchors', async ({ page }) => {
	await page.goto(`${base}`);
	await page.getByRole('searchbox', { name: 'Search the report' }).fill('tax');
	const anchors = page.locator('.search-results ul a');
	await expect(anchors.first()).toBeVisible();
	expect(await anchors.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(`${base}zhongguancun/#tax-policy`);
	await page.keyboard.press('Escape');
	await expect(page.locator('.search-panel')).toBeHidden();
});

test('no script file loads before the reader uses the search, and none fails after', async ({ page }) => {
	const scripts: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(`${base}zhongguancun/`);
	await page.waitForLoadState('networkidle');
	expect(scripts).toEqual([]);
	await page.getByRole('searchbox', { name: 'Search the report' }).fill('Lenovo');
	await expect(page.locator('.search-results > li').first()).toBeVisible();
	expect(scripts.some((s) => s.endsWith('/pagefind/pagefind.js'))).toBe(true);
	expect(errors).toEqual([]);
});

test('without JavaScript the search is a link to the contents', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${base}problems/`);
	await expect(page.getByRole('searchbox')).toHaveCount(0);
	const link = page.getByRole('link', { name: 'Search' });
	await expect(link).toHaveAttribute('href', `${base}#contents`);
	await context.close();
});

test('search snippets come from the prose, never from a figure’s table', async ({ page }) => {
	// Words that stand both in the text and in figures' tables: the names of the places the map tabulates.
	const places = model.data.places!.places.filter((p) => p.lat !== undefined && model.sections.some((s) => s.body.includes(p.name)));
	expect(places.length).toBeGreaterThan(3);
	await page.goto(`${base}`);
	const input = page.getByRole('searchbox', { name: 'Search the report' });
	const problems: string[] = [];
	for (const place of places.slice(0, 6)) {
		await input.fill(place.name);
		await expect(page.getByRole('status')).toContainText(`“${place.name}”`);
		await expect(page.locator('.search-results > li').first()).toBeVisible();
		for (const snippet of await page.locator('.search-results p').allInnerTexts()) {
			// A table row as the index would read it: its cells one after another, such as the place's coordinates.
			if (snippet.includes(formatFixed(place.lat!, 2)) || snippet.includes(String(place.lat)) || snippet.includes(`${place.name}. ${place.chinese}`)) problems.push(`“${place.name}”: the snippet “${snippet}” is a table row`);
		}
	}
	expect(problems).toEqual([]);
});
