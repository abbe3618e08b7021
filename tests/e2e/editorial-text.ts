import type { Page } from '@playwright/test';
import type { SiteBlock } from '../../src/editorial/compare';

/**
 * The text of a section page as a reader sees it, without JavaScript: the section's title, then each
 * block of its `.prose` (innerText), with the editors' blocks named — a figure (`figure:<id>`), the
 * reference list (`reference-list`) — and a heading read without its permalink mark. The page's
 * description (the section's summary) comes last as the block `summary`.
 */
export async function readSectionPage(page: Page): Promise<SiteBlock[]> {
	const blocks: SiteBlock[] = [];
	const title = page.locator('main h1').first();
	if (await title.count()) blocks.push({ text: await title.innerText() });
	for (const element of await page.locator('.prose > *').all()) {
		const info = await element.evaluate((el) => {
			const figure = el.matches('[id^="figure-"]') ? el : el.querySelector('[id^="figure-"]');
			if (figure && (el.querySelector('figure') || el.matches('figure'))) return { block: `figure:${figure.id.replace(/^figure-/, '')}` };
			if (el.matches('ol, ul') && el.querySelector('[id^="ref-"]')) return { block: 'reference-list' };
			if (el.matches('h2, h3, h4')) return { heading: true, selector: '' };
			if (el.querySelector('h2, h3, h4') && !el.querySelector('p')) return { heading: true, selector: 'h2, h3, h4' };
			return {};
		});
		if (info.block) blocks.push({ block: info.block, text: await element.innerText() });
		else if ('heading' in info && info.selector) blocks.push({ text: await element.locator(info.selector).first().innerText() });
		else blocks.push({ text: await element.innerText() });
	}
	const summary = await page.locator('meta[name="description"]').getAttribute('content');
	if (summary) blocks.push({ block: 'summary', text: summary });
	return blocks;
}

/**
 * The home page as the pseudo-section `report`: its title page (title, subtitle, "prepared for",
 * institution) as the block `title-page`, and its abstract as the block `abstract`.
 */
export async function readHomePage(page: Page): Promise<SiteBlock[]> {
	const blocks: SiteBlock[] = [];
	const titlePage = page.locator('main header').first();
	if (await titlePage.count()) blocks.push({ block: 'title-page', text: await titlePage.innerText() });
	const abstract = page.locator('.abstract, #abstract + p').first();
	if (await abstract.count()) blocks.push({ block: 'abstract', text: await abstract.innerText() });
	return blocks;
}
