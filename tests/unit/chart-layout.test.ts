import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type Box, type ChartModel, type ChartSize, type TextMark, chartSizes, fontSize, insideBox, intersects, textBoxes } from '../../src/charts/marks';
import { targetHalf } from '../../src/charts/map';
import { reportModelAt } from '../../src/model/index';

/** The report's own figures, each chart at every size: what a reader of the site sees. */
const report = reportModelAt(new URL('../../', import.meta.url).href);
const places = report.data.places!.places;
const layouts = report.figures.flatMap((f) => (Object.keys(chartSizes) as ChartSize[]).map((size) => ({ id: f.id, size, model: size === 'wide' ? f.chart : f.compactChart })));
const show = (b: Box) => `[${b.x0.toFixed(1)},${b.y0.toFixed(1)} – ${b.x1.toFixed(1)},${b.y1.toFixed(1)}]`;

/** Texts whose estimated boxes overlap, named. */
function overlaps(model: ChartModel): string[] {
	const boxes = textBoxes(model);
	const found: string[] = [];
	boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => intersects(a.box, b.box) && found.push(`"${a.text}" ${show(a.box)} × "${b.text}" ${show(b.box)}`)));
	return found;
}

describe.each(layouts)('the $id chart, $size layout', ({ id, size, model }) => {
	test('no two texts overlap', () => expect(overlaps(model)).toEqual([]));
	test('every text lies inside the view box', () => {
		const view = { x0: 0, y0: 0, x1: model.width, y1: model.height };
		expect(textBoxes(model).filter((t) => !insideBox(t.box, view)).map((t) => `"${t.text}" ${show(t.box)} outside ${model.width}×${model.height}`)).toEqual([]);
	});
	test('its text renders at 12 CSS px or more at the narrowest width it is shown at', () => {
		// Shown from its own width up (src/styles/charts.css): the drawing is never scaled below 1.
		const scale = chartSizes[size] / model.width;
		const kinds = [...model.texts.map((t) => t.kind), ...(model.points ?? []).map((p): TextMark['kind'] => (p.kind === 'area' ? 'note' : 'label'))];
		expect(Math.min(...kinds.map((k) => fontSize[k])) * scale).toBeGreaterThanOrEqual(12);
	});
	test('no text stands on a reference line, a leader line or a point it does not belong to', () => {
		const texts = textBoxes(model);
		const problems: string[] = [];
		for (const l of model.lines.filter((l) => l.kind === 'reference')) {
			const line = { x0: Math.min(l.x1, l.x2) - 1, y0: Math.min(l.y1, l.y2), x1: Math.max(l.x1, l.x2) + 1, y1: Math.max(l.y1, l.y2) };
			for (const t of texts) if (intersects(t.box, line)) problems.push(`"${t.text}" lies on the reference line at x ${l.x1}`);
		}
		for (const p of model.points ?? []) {
			const dot = { x0: p.x - 2.5, y0: p.y - 2.5, x1: p.x + 2.5, y1: p.y + 2.5 };
			for (const t of texts) if (!p.lines.includes(t.text) && intersects(t.box, dot)) problems.push(`"${t.text}" covers the point of ${p.label}`);
		}
		expect(problems).toEqual([]);
	});
	if (id === 'map') {
		test('no leader line crosses another label, and every point has a link target of 24 × 24 px', () => {
			const labels = textBoxes(model);
			const problems: string[] = [];
			for (const p of model.points!) {
				if (!p.leader) continue;
				const { x1, y1, x2, y2 } = p.leader;
				for (const l of labels) {
					if (p.lines.includes(l.text)) continue;
					// Sampled along the leader: a crossing shows at one of the samples at this scale.
					for (let t = 0; t <= 1; t += 0.05) {
						const x = x1 + t * (x2 - x1);
						const y = y1 + t * (y2 - y1);
						if (x > l.box.x0 && x < l.box.x1 && y > l.box.y0 && y < l.box.y1) {
							problems.push(`the leader of ${p.label} crosses "${l.text}"`);
							break;
						}
					}
				}
			}
			expect(problems).toEqual([]);
			expect(targetHalf * 2).toBeGreaterThanOrEqual(24);
		});
		test('every place with coordinates is a point, and the Beijing places are told apart', () => {
			const withCoordinates = places.filter((p) => p.lat !== undefined && p.lon !== undefined);
			expect(model.points!.map((p) => p.label).sort()).toEqual(withCoordinates.map((p) => p.name).sort());
			const beijing = model.points!.filter((p) => places.find((q) => q.name === p.label)?.within === 'beijing');
			expect(beijing.length).toBeGreaterThanOrEqual(5);
			for (const [i, a] of beijing.entries()) for (const b of beijing.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.label} and ${b.label} stand apart`).toBeGreaterThan(10);
		});
	}
});

describe('the chart stylesheet', () => {
	const css = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');
	test('sets the font sizes the layouts measure text with', () => {
		expect(css).toMatch(new RegExp(`\\.chart \\{[^}]*font-size: ${fontSize.label}px`));
		for (const kind of ['title', 'axis', 'note'] as const) expect(css, kind).toMatch(new RegExp(`\\.chart \\.text-${kind} \\{[^}]*font-size: ${fontSize[kind]}px`));
	});
	test('shows the wide layout only where the column is as wide as it is drawn', () => {
		// The column is the viewport less main's padding, clamp(1rem, 4vw, 2.5rem) a side (report.css).
		const em = Number(/@media \(min-width: ([\d.]+)em\) \{\s*\.chart-compact \{ display: none; \}/.exec(css)?.[1]);
		const viewport = em * 16;
		expect(viewport - 2 * Math.min(40, Math.max(16, viewport * 0.04))).toBeGreaterThanOrEqual(chartSizes.wide);
		expect(css).toMatch(/\.chart-compact \{ width: 100%; max-width: \d+px; \}/);
	});
	test('keeps the text column, which holds the figures, as wide as a wide chart whatever the font', () => {
		// The column is also at most the measure, which in ch depends on the face the reader's browser picks:
		// its floor in rem must hold the wide layout.
		const report = readFileSync(new URL('../../src/styles/report.css', import.meta.url), 'utf8');
		const floor = /--measure: max\(\d+ch, ([\d.]+)rem\)/.exec(report);
		expect(floor, '--measure in report.css has a floor in rem').not.toBeNull();
		expect(Number(floor![1]) * 16).toBeGreaterThanOrEqual(chartSizes.wide);
	});
});
