import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { brokenPermalinks, readLock, scanSite, unlockedPermalinks } from '../../src/site/permalinks';
import { base, builtPages, dist, model } from './site';

const root = new URL('../../', import.meta.url).href;

test('the lock file and the build agree: nothing locked is missing, nothing published is unlocked', () => {
	const published = scanSite(dist);
	const lock = readLock(root);
	expect(brokenPermalinks(lock, published), 'locked permalinks missing from the build').toEqual([]);
	expect(unlockedPermalinks(lock, published), 'published permalinks missing from permalinks.lock.json (run npm run permalinks:lock)').toEqual([]);
});

test('every heading in every section has an id and a visible self-link that works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const path of builtPages().filter((p) => !p.endsWith('editorial-notes/'))) {
		await page.goto(path);
		const headings = page.locator('.prose :is(h2, h3, h4)');
		for (const heading of await headings.all()) {
			const id = await heading.getAttribute('id');
			expect(id, `${path}: heading "${await heading.textContent()}" has an id`).toBeTruthy();
			const link = page.locator(`.heading:has(> #${id}) > a.self-link`);
			await expect(link, `${path}#${id} has a self-link`).toHaveAttribute('href', `#${id}`);
			await expect(link).toBeVisible();
			await expect(link).toHaveAccessibleName(`Permalink to “${(await heading.textContent())?.trim()}”`);
		}
	}
	await context.close();
});

test('following a self-link lands on its heading', async ({ page }) => {
	await page.goto(`${base}zhongguancun/`);
	await page.locator('a.self-link[href="#tax-policy"]').click();
	expect(new URL(page.url()).hash).toBe('#tax-policy');
	await expect(page.locator('#tax-policy')).toBeInViewport();
});

test('the committed lock file holds every section page and every heading the content writes', () => {
	const lock = JSON.parse(readFileSync(new URL('permalinks.lock.json', root), 'utf8')) as { pages: Record<string, string[]> };
	for (const s of model.sections) expect(lock.pages[`${s.id}/`], s.id).toEqual(expect.arrayContaining(s.headings.flatMap((h) => [h.id, ...h.aliases])));
});
