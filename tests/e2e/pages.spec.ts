import { expect, test, type Page } from '@playwright/test';
import { base, builtPages, model } from './site';

const pages = builtPages();

/** Opens a page, failing on any console error or failed request. */
async function visit(page: Page, path: string) {
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	// A request cut short by the next navigation (net::ERR_ABORTED) is not a failure of the site.
	page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol !== 'data:' && url.host !== new URL(page.url() === 'about:blank' ? r.url() : page.url()).host) problems.push(`request to another host: ${r.url()}`);
	});
	const response = await page.goto(path);
	expect(response?.status(), `${path} answers 200`).toBe(200);
	return problems;
}

test('the site has the home page, every section, references, notes and the whole report', () => {
	for (const path of ['', ...model.sections.map((s) => `${s.id}/`), 'editorial-notes/', 'glossary/', 'report/']) {
		expect(pages).toContain(`${base}${path}`);
	}
});

test('every page answers 200 and loads without console errors, failed requests or requests to other hosts', async ({ page }) => {
	for (const path of pages) expect(await visit(page, path), path).toEqual([]);
});

test('every internal link and #anchor resolves', async ({ page, request }) => {
	const checked = new Map<string, Set<string>>();
	const idsOf = async (path: string) => {
		if (!checked.has(path)) {
			await page.goto(path);
			checked.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
		}
		return checked.get(path)!;
	};
	const broken: string[] = [];
	for (const path of pages) {
		await page.goto(path);
		// SVG links (the map) have no string href property: resolve the attribute instead.
		const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href));
		for (const href of new Set(hrefs)) {
			const url = new URL(href);
			if (url.origin !== new URL(page.url()).origin) continue;
			const target = url.pathname;
			const response = await request.get(target);
			if (response.status() !== 200) {
				broken.push(`${path} → ${target} (${response.status()})`);
				continue;
			}
			if (url.hash && !(await idsOf(target)).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} → ${target}${url.hash} (no such anchor)`);
		}
	}
	expect(broken).toEqual([]);
});

test('an unknown address answers with the 404 page, which links back to the report', async ({ page }) => {
	const response = await page.goto(`${base}no-such-section/`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: model.sections[0].title })).toBeVisible();
});

test('each section page has previous/next links in reading order', async ({ page }) => {
	const [previous, current, next] = model.sections.slice(2, 5);
	await page.goto(`${base}${current.id}/`);
	await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `${base}${previous.id}/`);
	await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', `${base}${next.id}/`);
});

test('the whole report holds every section, and its canonical links point to the section pages', async ({ page }) => {
	await page.goto(`${base}report/`);
	for (const id of model.sections.map((s) => s.id)) {
		await expect(page.locator(`section h2#${id}`)).toHaveCount(1);
		await expect(page.locator(`section:has(h2#${id}) .section-permalink a`)).toHaveAttribute('href', `${base}${id}/`);
	}
	const headings = await page.locator('h1, h2, h3, h4, h5').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
	for (let i = 1; i < headings.length; i++) expect(headings[i] - headings[i - 1], 'no heading level is skipped').toBeLessThanOrEqual(1);
});

test('an editorial note marks a doubtful passage, shows the note on focus and links to the list of notes', async ({ page }) => {
	await page.goto(`${base}creative-industries/`);
	const marker = page.locator('#ednote-chongqing-yangtze-delta');
	const note = page.locator('#ednote-chongqing-yangtze-delta-card');
	await expect(note).toBeHidden();
	await marker.focus();
	await expect(note).toBeVisible();
	await expect(marker).toHaveAccessibleDescription(/Chongqing lies on the upper Yangtze/);
	await marker.click();
	await expect(page).toHaveURL(new RegExp(`${base}editorial-notes/#chongqing-yangtze-delta$`));
	await expect(page.locator('#chongqing-yangtze-delta')).toContainText('Yangzi Jiang Delta');
	await page.locator('#chongqing-yangtze-delta a', { hasText: 'flagged in the text' }).click();
	await expect(page).toHaveURL(new RegExp(`${base}creative-industries/#ednote-chongqing-yangtze-delta$`));
});
