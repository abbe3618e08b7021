import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { figurePaths, pngWidth } from '../../src/site/figure-paths';
import { pngSize } from '../../src/site/pictures';
import { readLock } from '../../src/site/permalinks';
import { base, builtPages, dist, model, pinned, site } from './site';

const pages = builtPages();

test('every figure has its own page, listed in the sitemap and the permalink lock', () => {
	const sitemap = readFileSync(`${dist}sitemap-0.xml`, 'utf8');
	const lock = readLock(new URL('../../', import.meta.url).href);
	for (const f of model.figures) {
		const path = figurePaths.page(f.id);
		expect(pages).toContain(`${base}${path}`);
		expect(sitemap).toContain(`<loc>${pinned(path)}</loc>`);
		expect(Object.keys(lock.pages)).toContain(path);
	}
});

// Search engines read a sitemap as the list of canonical addresses: a page whose canonical link names another
// page (/report/ names the home page) is a duplicate, and a sitemap that lists it contradicts the page. A page's own
// address is its edition's pinned one (src/site/editions.ts).
test('the sitemap lists every page whose canonical link is itself, and no other', () => {
	const sitemap = readFileSync(`${dist}sitemap-0.xml`, 'utf8');
	const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]).sort();
	const canonical = pages
		.map((path) => {
			const html = readFileSync(`${dist}${path.slice(base.length)}index.html`, 'utf8');
			const href = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
			return href === pinned(path.slice(base.length)) ? href : undefined;
		})
		.filter((href): href is string => href !== undefined)
		.sort();
	expect(listed).toEqual(canonical);
});

test('with JavaScript off, a figure page shows the chart, caption, source, description, data, downloads, its section and a citation', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const f of model.figures) {
		await page.goto(`${base}${figurePaths.page(f.id)}`);
		await expect(page).toHaveTitle(new RegExp(`^${f.label}\\. `));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(f.caption);
		await expect(page.locator('.section-number')).toHaveText(f.label);
		await expect(page.locator('svg.chart:visible')).toHaveAccessibleName(`${f.label}. ${f.caption}`);
		await expect(page.locator('.figure-source a')).toHaveAttribute('href', new RegExp(`^${base}references/#ref-`));
		await expect(page.locator('.figure-description')).toHaveText(f.description);
		expect(await page.locator('table tbody tr').count()).toBe(f.table.rows.length);
		for (const [name, href] of [['SVG', figurePaths.picture(f.id, 'svg')], ['PNG', figurePaths.picture(f.id, 'png')], ['CSV', `data/${f.id}.csv`], ['JSON', `data/${f.id}.json`]]) {
			await expect(page.locator('.figure-downloads').getByRole('link', { name })).toHaveAttribute('href', `${base}${href}`);
		}
		await expect(page.locator('.figure-context a')).toHaveAttribute('href', `${base}${f.section}/#${f.anchor}`);
		// A part of the report, as its downloads describe it (tests/e2e/citation.spec.ts reads the whole record).
		await expect(page.locator('meta[name="citation_inbook_title"]')).toHaveAttribute('content', `${model.meta.title}: ${model.meta.subtitle}`);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', pinned(figurePaths.page(f.id)));
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', f.description);
		const cite = page.locator('details.cite-this');
		await cite.locator(':scope > summary').click();
		await expect(cite.locator(':scope > summary')).toHaveText('Cite this figure');
		await expect(cite.locator(`#citation-figure-${f.id}-apa-in-text`)).toHaveText(`(${model.meta.title}, ${model.meta.dates.published.slice(0, 4)}, ${f.label})`);
	}
	await context.close();
});

test('each figure in the text links to its page and its pictures', async ({ page }) => {
	for (const f of model.figures) {
		await page.goto(`${base}${f.section}/`);
		const links = page.locator(`#${f.anchor} .figure-downloads`);
		await expect(links.getByRole('link', { name: `${f.label} on its own page` })).toHaveAttribute('href', `${base}${figurePaths.page(f.id)}`);
		await expect(links.getByRole('link', { name: 'SVG' })).toHaveAttribute('href', `${base}${figurePaths.picture(f.id, 'svg')}`);
		await expect(links.getByRole('link', { name: 'PNG' })).toHaveAttribute('href', `${base}${figurePaths.picture(f.id, 'png')}`);
	}
});

test('each SVG download is a standalone SVG document and each PNG decodes at print width', async ({ request }) => {
	for (const f of model.figures) {
		const svg = await request.get(`${base}${figurePaths.picture(f.id, 'svg')}`);
		expect(svg.status()).toBe(200);
		expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
		const text = await svg.text();
		expect(XMLValidator.validate(text), `${f.id}.svg is well-formed XML`).toBe(true);
		const root = (new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text) as { svg: { xmlns: string; width: string; height: string } }).svg;
		expect(root.xmlns).toBe('http://www.w3.org/2000/svg');
		const png = await request.get(`${base}${figurePaths.picture(f.id, 'png')}`);
		expect(png.headers()['content-type']).toBe('image/png');
		const size = pngSize(new Uint8Array(await png.body()));
		expect(size?.width).toBe(pngWidth);
		expect(Math.abs(size!.height - Math.round((Number(root.height) * pngWidth) / Number(root.width)))).toBeLessThanOrEqual(1);
	}
});

test('every page has a 1200 × 630 share image under the base path, and its tags point at it', async ({ page, request }) => {
	for (const path of pages) {
		await page.goto(path);
		if ((await page.locator('meta[name="permalink-redirect"]').count()) > 0) continue;
		const content = (selector: string) => page.locator(selector).getAttribute('content');
		const image = await content('meta[property="og:image"]');
		expect(image, `${path} has og:image`).toBeTruthy();
		expect(image!.startsWith(new URL(base, site).href), `${path}: ${image} is absolute under the base`).toBe(true);
		expect(await content('meta[name="twitter:image"]')).toBe(image);
		expect(await content('meta[name="twitter:card"]')).toBe('summary_large_image');
		expect(await content('meta[property="og:image:width"]')).toBe('1200');
		expect(await content('meta[property="og:image:height"]')).toBe('630');
		expect((await content('meta[property="og:image:alt"]'))?.length).toBeGreaterThan(10);
		const response = await request.get(new URL(image!).pathname);
		expect(response.status(), image!).toBe(200);
		const body = await response.body();
		expect(pngSize(new Uint8Array(body))).toEqual({ width: 1200, height: 630 });
		expect(body.length, `${image} is small`).toBeLessThan(60_000);
	}
});
