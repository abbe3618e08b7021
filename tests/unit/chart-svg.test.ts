import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { chinaOutline } from '../../src/load/geo';
import { loadReportSource } from '../../src/load/source';
import { charts } from '../../src/model/figures';
import { chartSizes } from '../../src/charts/marks';
import { chartSvg } from '../../src/render/chart-svg';

const data = loadReportSource(new URL('../fixtures/mini/', import.meta.url).href).data;

describe('chartSvg', () => {
	for (const [id, chart] of Object.entries(charts)) {
		test(`draws the ${id} chart as the same static SVG every time`, async () => {
			const svg = toHtml(chartSvg(chart.layout(data, chartSizes.wide, chinaOutline()), { id: `figure-${id}-chart`, title: `Title of ${id}`, description: `Description of ${id}`, pointLink: (s) => ({ href: `/${s}/`, name: s }) }), { space: 'svg' });
			expect(svg).toMatch(/^<svg class="chart" data-pagefind-ignore="all" viewBox="0 0 [\d.]+ [\d.]+"[^>]* role="(img|group)" aria-labelledby="figure-[a-z-]+-chart-title" aria-describedby="figure-[a-z-]+-chart-desc">/);
			expect(svg).not.toMatch(/style=/);
			expect(svg).not.toMatch(/\d\.\d{2,}/);
			await expect(svg.replace(/></g, '>\n<')).toMatchFileSnapshot(`./__snapshots__/${id}.svg`);
		});
	}
	test('escapes a title and a link target written with markup', () => {
		const svg = toHtml(chartSvg({ width: 10, height: 10, rects: [], lines: [], paths: [], texts: [{ x: 0, y: 0, text: '<b>&', anchor: 'start', kind: 'label' }] }, { id: 'x', title: '"><script>alert(1)</script>', description: 'd' }), { space: 'svg' });
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&#x3C;b>&#x26;');
	});
});
