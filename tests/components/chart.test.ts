import { describe, expect, test } from 'vitest';
import Chart from '../../src/components/charts/Chart.astro';
import FigureCharts from '../../src/components/FigureCharts.astro';
import { chartsView } from '../../src/site/figure-views';
import { fixture, modelOf } from '../unit/fixture-copy';
import { renderComponent, testUrls } from './render';

/** Every figure the small report places, drawn from its data. */
const model = modelOf(fixture.href);
const figures = model.figures;

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

describe('a figure’s two drawings (FigureCharts)', () => {
	for (const figure of figures) {
		test(`hold the ${figure.id} chart’s name, description and words once, for a text browser or a reader without CSS to meet once`, async () => {
			const html = await renderComponent(FigureCharts, { charts: chartsView(model, testUrls, figure) });
			const drawings = [...html.matchAll(/<svg class="chart (chart-[a-z]+)"([^>]*)>/g)];
			expect(drawings.map((d) => d[1])).toEqual(['chart-compact', 'chart-wide']);
			// The compact one stands in an element hidden unless the stylesheet shows it; the wide one does not.
			expect(html).toMatch(/<div class="chart-frame-compact" hidden><svg class="chart chart-compact"/);
			expect(html).not.toMatch(/hidden><svg class="chart chart-wide"/);
			const words = [...html.matchAll(/<text id="([^"]+)">([^<]*)<\/text>/g)].map((m) => m[2]);
			expect(words.length).toBeGreaterThan(0);
			expect(new Set(words).size, 'each word once').toBe(words.length);
			// Every text either drawing sets is a <use> of one of them; neither drawing holds text of its own.
			const ids = new Set([...html.matchAll(/<text id="([^"]+)"/g)].map((m) => m[1]));
			for (const [, href] of html.matchAll(/<use class="text-[a-z]+" href="#([^"]+)"/g)) expect(ids.has(href), href).toBe(true);
			for (const d of html.split('<svg class="chart ').slice(1)) expect(d).not.toMatch(/<text[ >]/);
			expect(html.match(/<title /g)).toHaveLength(1);
			expect(html.match(/<desc /g)).toHaveLength(1);
			for (const d of drawings) expect(d[2]).toContain(`aria-labelledby="${figure.anchor}-chart-title" aria-describedby="${figure.anchor}-chart-desc"`);
		});
	}
});
