import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no WCAG 2.2 AA violation on any page in the ${colorScheme} colour scheme`, async ({ browser }) => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		const found: string[] = [];
		for (const path of builtPages()) {
			await page.goto(path);
			// Open every folded block so that its contents are checked too.
			await page.locator('details:not([open]) > summary').evaluateAll((els) => els.forEach((s) => (s.parentElement as HTMLDetailsElement).open = true));
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			for (const v of results.violations) found.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
		}
		await context.close();
		expect(found).toEqual([]);
	});
}
