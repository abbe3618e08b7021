import { expect, test } from '@playwright/test';
import { base } from './site';

test('on wide screens the section contents stay beside the text and mark the subsection being read', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(`${base}zhongguancun/`);
	const toc = page.getByRole('navigation', { name: 'In this section' });
	await expect(toc).toHaveCSS('position', 'sticky');
	await page.locator('#tax-policy').evaluate((h) => h.scrollIntoView({ block: 'start' }));
	await expect(page.locator('#tax-policy')).toBeInViewport();
	await expect(toc).toBeInViewport();
	await expect(toc.getByRole('link', { name: 'Tax policy' })).toHaveAttribute('aria-current', 'location');
	await expect(toc.locator('[aria-current]')).toHaveCount(1);
	const tocBox = (await toc.boundingBox())!;
	const proseBox = (await page.locator('.prose').boundingBox())!;
	expect(tocBox.x, 'the contents are to the right of the text').toBeGreaterThan(proseBox.x + proseBox.width);
	// Further down, another subsection is current and the contents are still in view.
	await page.locator('#partnerships').evaluate((h) => h.scrollIntoView({ block: 'start' }));
	await expect(toc.getByRole('link', { name: /^Partnership between firms/ })).toHaveAttribute('aria-current', 'location');
	await expect(toc.getByRole('link', { name: 'Tax policy' })).not.toHaveAttribute('aria-current');
	await expect(toc).toBeInViewport();
});

test('from 70em the contents sit beside the text and no figure runs under them', async ({ page }) => {
	await page.setViewportSize({ width: 1120, height: 900 });
	await page.goto(`${base}zhongguancun/`);
	const tocBox = (await page.locator('.section-toc').boundingBox())!;
	const proseBox = (await page.locator('.prose').boundingBox())!;
	expect(tocBox.x).toBeGreaterThan(proseBox.x + proseBox.width);
	for (const figure of await page.locator('.figure-block').all()) {
		const box = (await figure.boundingBox())!;
		expect(box.x + box.width, 'a figure ends before the contents begin').toBeLessThanOrEqual(tocBox.x);
	}
});

test('on a phone the section contents are a plain list above the text', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto(`${base}zhongguancun/`);
	const toc = page.locator('.section-toc');
	await expect(toc).not.toHaveCSS('position', 'sticky');
	const tocBox = (await toc.boundingBox())!;
	const proseBox = (await page.locator('.prose').boundingBox())!;
	expect(tocBox.y + tocBox.height, 'the contents end before the text begins').toBeLessThanOrEqual(proseBox.y);
	expect(Math.abs(tocBox.x - proseBox.x), 'the contents and the text share a column').toBeLessThan(24);
});

test('without JavaScript the section contents are a plain list of links', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 900 } });
	const page = await context.newPage();
	await page.goto(`${base}zhongguancun/`);
	const links = page.getByRole('navigation', { name: 'In this section' }).getByRole('link');
	expect(await links.count()).toBeGreaterThan(3);
	await expect(links.filter({ hasText: 'Tax policy' })).toHaveAttribute('href', '#tax-policy');
	await expect(page.locator('.section-toc [aria-current]')).toHaveCount(0);
	await context.close();
});
