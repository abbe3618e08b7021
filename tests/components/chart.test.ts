import { describe, expect, test } from 'vitest';
import Chart from '../../src/components/charts/Chart.astro';
import { fixture, modelOf } from '../unit/fixture-copy';
import { renderComponent } from './render';

/** Every figure the small report places, drawn from its data. */
const figures = modelOf(fixture.href).figures;

describe('the Chart component', () => {
	for (const { id, chart } of figures) {
		test(`draws the ${id} chart as the same static SVG every time`, async () => {
			const links = { first: { href: '/first/', name: 'first' }, second: { href: '/second/', name: 'second' } };
			const svg = await renderComponent(Chart, { chart, id: `figure-${id}-chart`, title: `Title of ${id}`, description: `Description of ${id}`, links });
			expect(svg).toMatch(/^<svg class="chart" data-pagefind-ignore="all" viewBox="0 0 [\d.]+ [\d.]+"[^>]* role="(img|group)" aria-labelledby="figure-[a-z-]+-chart-title" aria-describedby="figure-[a-z-]+-chart-desc">/);
			expect(svg).not.toMatch(/style=/);
			expect(svg).not.toMatch(/\d\.\d{2,}/);
			// No scoped-style attributes: the same markup serves the standalone pictures.
			expect(svg).not.toMatch(/data-astro-cid/);
			await expect(svg.replace(/></g, '>\n<')).toMatchFileSnapshot(`./__snapshots__/${id}.svg`);
		});
	}
	test('escapes a title and a text written with markup', async () => {
		const svg = await renderComponent(Chart, { chart: { width: 10, height: 10, rects: [], lines: [], paths: [], texts: [{ x: 0, y: 0, text: '<b>&', anchor: 'start', kind: 'label' }] }, id: 'x', title: '"><script>alert(1)</script>', description: 'd' });
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;b&gt;&amp;');
	});
});
