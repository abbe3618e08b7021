import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { base, builtPages, dist } from './site';

/** Every built page that draws a chart: found in the build, not typed here (section pages, figure pages, the whole report). */
const chartPages = builtPages().filter((path) => /<svg class="chart /.test(readFileSync(`${dist}${path.slice(base.length)}index.html`, 'utf8')));
const widths = [320, 390, 768, 1366, 1920];

/** What a reader meets in each figure: the charts shown, their texts' boxes and sizes, the map's link targets. */
interface Report {
	figures: Array<{ figure: string; shown: number; hiddenShown: string[] }>;
	charts: Array<{
		chart: string;
		box: { x0: number; y0: number; x1: number; y1: number };
		texts: Array<{ text: string; size: number; x0: number; y0: number; x1: number; y1: number }>;
		targets: Array<{ name: string; w: number; h: number }>;
		/** The map: each label nearer another point than its own, or across the coastline; detail maps without land under their places. */
		misread: string[];
	}>;
	duplicateIds: string[];
}

const tolerance = 1;

test.describe.configure({ mode: 'serial' });

test('every page has charts to check', () => {
	expect(chartPages.length).toBeGreaterThanOrEqual(3);
	expect(chartPages).toContain(`${base}report/`);
});

for (const colorScheme of ['light', 'dark'] as const) {
	for (const width of widths) {
		test(`at ${width} px, ${colorScheme}: one chart a figure, text at 12 px or more, no text on another, none outside its chart, map targets at least 24 × 24, every map label nearer its own point and off the coastline, detail maps on their land`, async ({ browser }) => {
			const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled: false });
			const page = await context.newPage();
			const problems: string[] = [];
			for (const path of chartPages) {
				await page.goto(path);
				const report: Report = await page.evaluate(() => {
					// Shown: rendered (neither it nor an element round it is display: none) and of some size.
					const visible = (e: Element) => e.checkVisibility() && e.getBoundingClientRect().width > 0;
					const figures = [...document.querySelectorAll('figure.figure')].map((f, i) => {
						const charts = [...f.querySelectorAll('svg.chart')];
						return { figure: f.closest('[id]')?.id || `figure ${i + 1}`, shown: charts.filter(visible).length, hiddenShown: charts.filter((c) => !visible(c) && c.checkVisibility()).map((c) => c.getAttribute('class') ?? '') };
					});
					const charts = [...document.querySelectorAll('svg.chart')].filter(visible).map((svg) => {
						const r = svg.getBoundingClientRect();
						const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
						// A figure's words are drawn by reference (<use>, src/components/FigureCharts.astro): measured where they stand.
						const word = (t: Element) => (t.tagName === 'use' ? (document.querySelector(t.getAttribute('href')!)?.textContent ?? '') : (t.textContent ?? ''));
						const texts = [...svg.querySelectorAll('text, use[class^="text-"]')].filter((t) => t.getBoundingClientRect().width > 0).map((t) => {
							const b = t.getBoundingClientRect();
							return { text: word(t), size: parseFloat(getComputedStyle(t).fontSize) * scale, x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
						});
						const targets = [...svg.querySelectorAll('a.point-link')].map((a) => {
							const b = a.getBoundingClientRect();
							return { name: a.getAttribute('aria-label') ?? '', w: b.width, h: b.height };
						});
						// The map, as drawn: each point's centre, its label's box (all its lines), and the land under them.
						const misread: string[] = [];
						const points = [...svg.querySelectorAll('.point-place, .point-centre')].map((c) => {
							const b = c.getBoundingClientRect();
							const group = c.parentElement!;
							const lines = [...group.querySelectorAll(':scope > :is(text, use[class^="text-"])')].map((l) => l.getBoundingClientRect());
							const label = lines.length ? { x0: Math.min(...lines.map((l) => l.left)), y0: Math.min(...lines.map((l) => l.top)), x1: Math.max(...lines.map((l) => l.right)), y1: Math.max(...lines.map((l) => l.bottom)) } : undefined;
							return { name: [...group.querySelectorAll(':scope > :is(text, use[class^="text-"])')].map(word).join(' '), x: b.left + b.width / 2, y: b.top + b.height / 2, label };
						});
						const distance = (p: { x: number; y: number }, b: { x0: number; y0: number; x1: number; y1: number }) => Math.hypot(Math.max(b.x0 - p.x, 0, p.x - b.x1), Math.max(b.y0 - p.y, 0, p.y - b.y1));
						for (const p of points) {
							if (!p.label) continue;
							const own = distance(p, p.label);
							for (const q of points) if (q !== p && distance(q, p.label) <= own) misread.push(`“${p.name}” is ${own.toFixed(1)} px from its point but ${distance(q, p.label).toFixed(1)} px from ${q.name}'s`);
						}
						const lands = [...svg.querySelectorAll<SVGGeometryElement>('.path-land')].map((l) => (l.tagName === 'use' ? document.querySelector<SVGGeometryElement>(l.getAttribute('href')!)! : l));
						if (lands.length) {
							const toLocal = (x: number, y: number) => new DOMPoint(x, y).matrixTransform((svg as SVGSVGElement).getScreenCTM()!.inverse());
							const onLand = (x: number, y: number) => lands.some((l) => l.isPointInFill(toLocal(x, y)));
							for (const p of points) {
								if (!p.label) continue;
								const b = p.label;
								const seen = new Set<boolean>();
								for (const y of [b.y0 + 1, (b.y0 + b.y1) / 2, b.y1 - 1]) for (let t = 0; t <= 1.0001; t += 0.05) seen.add(onLand(b.x0 + t * (b.x1 - b.x0), y));
								if (seen.size > 1) misread.push(`“${p.name}” runs across the coastline`);
							}
							for (const panel of svg.querySelectorAll('.mark-panel')) {
								const pb = panel.getBoundingClientRect();
								for (const p of points.filter((q) => q.x > pb.left && q.x < pb.right && q.y > pb.top && q.y < pb.bottom)) if (!onLand(p.x, p.y)) misread.push(`${p.name} stands on no land in its detail map`);
							}
						}
						return { chart: svg.getAttribute('aria-labelledby') ?? '', box: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom }, texts, targets, misread };
					});
					const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
					return { figures, charts, duplicateIds: [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))] };
				});
				const where = `${path} at ${width} px (${colorScheme})`;
				for (const f of report.figures) {
					if (f.shown !== 1) problems.push(`${where}: ${f.figure} shows ${f.shown} charts, not one`);
					for (const c of f.hiddenShown) problems.push(`${where}: ${f.figure}'s hidden chart (${c}) is rendered, not display: none`);
				}
				for (const id of report.duplicateIds) problems.push(`${where}: the id "${id}" appears more than once`);
				for (const c of report.charts) {
					for (const t of c.texts) {
						if (t.size < 12 - 0.01) problems.push(`${where}: "${t.text}" in ${c.chart} renders at ${t.size.toFixed(1)} px`);
						if (t.x0 < c.box.x0 - tolerance || t.y0 < c.box.y0 - tolerance || t.x1 > c.box.x1 + tolerance || t.y1 > c.box.y1 + tolerance) problems.push(`${where}: "${t.text}" in ${c.chart} runs outside its chart`);
					}
					c.texts.forEach((a, i) =>
						c.texts.slice(i + 1).forEach((b) => {
							const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tolerance && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tolerance;
							if (overlap) problems.push(`${where}: "${a.text}" and "${b.text}" overlap in ${c.chart}`);
						}),
					);
					for (const t of c.targets) if (t.w < 24 || t.h < 24) problems.push(`${where}: the map link "${t.name}" is ${t.w.toFixed(1)} × ${t.h.toFixed(1)} px`);
					for (const m of c.misread) problems.push(`${where}: ${m} in ${c.chart}`);
				}
			}
			await context.close();
			expect(problems).toEqual([]);
		});
	}
}
