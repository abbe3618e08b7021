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
	const prose = await page.locator('.prose').first().evaluate((root) =>
		[...root.children].map((el) => {
			const element = el as HTMLElement;
			const figure = element.matches('[id^="figure-"]') ? element : element.querySelector<HTMLElement>('[id^="figure-"]');
			if (figure && (element.matches('figure') || element.querySelector('figure'))) return { block: `figure:${figure.id.replace(/^figure-/, '')}`, text: element.innerText };
			if (element.matches('ol, ul') && element.querySelector('[id^="ref-"]')) return { block: 'reference-list', text: element.innerText };
			const heading = element.matches('h2, h3, h4') ? element : !element.querySelector('p') ? element.querySelector<HTMLElement>('h2, h3, h4') : null;
			if (heading) {
				// The heading's words, without its permalink mark ("#", "Permalink to …").
				let text = heading.innerText;
				for (const link of heading.querySelectorAll<HTMLElement>('a[href^="#"]')) text = text.replace(link.innerText, '');
				return { text: text.trim() };
			}
			return { text: element.innerText };
		}),
	);
	blocks.push(...prose.map((b) => ('block' in b ? { block: b.block, text: b.text } : { text: b.text })));
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
