import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import H2 from '../../src/components/content/H2.astro';
import H3 from '../../src/components/content/H3.astro';

describe('H2 and H3', () => {
	test('carry the id written in the content and a self-link announced with the heading text', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(H2, { props: { id: 'government-role' }, slots: { default: 'The government’s role' } });
		expect(html).toMatch(/<h2 id="government-role" data-permalink[^>]*>The government’s role<\/h2>/);
		expect(html).toContain('<a class="self-link" data-pagefind-ignore href="#government-role"><span aria-hidden="true">#</span><span class="visually-hidden">Permalink to “The government’s role”</span></a>');
	});
	test('keep every retired id as an anchor on the same heading', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(H3, { props: { id: 'fund-support', aliases: 'funds money' }, slots: { default: 'Fund support' } });
		expect(html).toContain('<span id="funds" data-permalink data-alias-of="fund-support" class="alias-anchor"></span>');
		expect(html).toContain('<span id="money" data-permalink data-alias-of="fund-support" class="alias-anchor"></span>');
		expect(html).toMatch(/<h3 id="fund-support"/);
	});
	test('move down a level on the whole-report page', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(H2, { props: { id: 'partnerships' }, slots: { default: 'Partnerships' }, locals: { headingShift: 1 } });
		expect(html).toMatch(/<h3 id="partnerships"/);
	});
});
