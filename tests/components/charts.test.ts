import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import ChartSvg from '../../src/components/charts/ChartSvg.astro';
import { charts } from '../../src/lib/figures';
import { loadData } from '../../src/lib/data-source';

const data = loadData(new URL('../fixtures/mini/', import.meta.url).href);

describe('ChartSvg', () => {
	for (const [id, chart] of Object.entries(charts)) {
		test(`draws the ${id} chart as the same static SVG every time`, async () => {
			const container = await AstroContainer.create();
			const svg = await container.renderToString(ChartSvg, { props: { model: chart.layout(data), id: `figure-${id}-chart`, title: `Title of ${id}`, description: `Description of ${id}` } });
			expect(svg).toMatch(/^<svg class="chart" data-pagefind-ignore="all" viewBox="0 0 [\d.]+ [\d.]+"[^>]* role="(img|group)" aria-labelledby="figure-[a-z-]+-chart-title" aria-describedby="figure-[a-z-]+-chart-desc">/);
			expect(svg).not.toMatch(/style=/);
			expect(svg).not.toMatch(/\d\.\d{2,}/);
			await expect(svg.replace(/></g, '>\n<')).toMatchFileSnapshot(`./__snapshots__/${id}.svg`);
		});
	}
});
