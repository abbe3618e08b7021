import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { polygonContains } from 'd3';
import { type Box, type ChartModel, type ChartSize, type PointMark, type TextMark, chartSizes, fontSize, insideBox, intersects, labelLeading, textBox, textBoxes } from '../../src/charts/marks';
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

/** The rings of a land path (d3 writes each as M…L…Z), in the drawing's coordinates. */
const ringsOf = (d: string) => d.split(/(?=M)/).map((part) => [...part.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number])).filter((r) => r.length > 2);
/** Whether a point of the drawing is on the land drawn (inside an odd number of rings: holes are rings too). */
const onLandOf = (model: ChartModel) => {
	const rings = model.paths.filter((p) => p.kind === 'land').flatMap((p) => ringsOf(p.d));
	return (x: number, y: number) => rings.reduce((inside, ring) => (polygonContains(ring, [x, y]) ? !inside : inside), false);
};
/** Each point's label as the reader sees it: the box round all its lines. */
const labelHull = (p: PointMark): Box => {
	const boxes = p.lines.map((line, i) => textBox({ x: p.labelX, y: p.labelY + i * labelLeading, text: line, anchor: p.anchor, kind: p.kind === 'area' ? 'note' : 'label' }));
	return { x0: Math.min(...boxes.map((b) => b.x0)), y0: Math.min(...boxes.map((b) => b.y0)), x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)) };
};
const distance = (x: number, y: number, b: Box) => Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

describe.each(layouts)('the $id chart, $size layout', ({ id, size, model }) => {
	test('no two texts overlap', () => expect(overlaps(model)).toEqual([]));
	test('every mark lies inside the view box, its outline too, so that nothing is cut off where the drawing is clipped (on paper)', () => {
		const problems: string[] = [];
		const view = (what: string, x0: number, y0: number, x1: number, y1: number) => {
			if (x0 < -0.01 || y0 < -0.01 || x1 > model.width + 0.01 || y1 > model.height + 0.01) problems.push(`${what} [${x0},${y0} – ${x1},${y1}] runs outside ${model.width}×${model.height}`);
		};
		// Boxes, frames and panels are outlined with a 1 px line, half of it outside the rectangle.
		for (const m of model.rects) {
			const half = m.kind === 'bar' || m.kind === 'node' ? 0 : 0.5;
			view(`${m.kind} "${m.label ?? ''}"`, m.x - half, m.y - half, m.x + m.w + half, m.y + m.h + half);
		}
		for (const m of model.lines) view(`${m.kind} line`, Math.min(m.x1, m.x2), Math.min(m.y1, m.y2), Math.max(m.x1, m.x2), Math.max(m.y1, m.y2));
		for (const m of model.paths.filter((p) => p.kind !== 'land')) {
			// Arrows and links are drawn with straight moves: M x,y, H x, V y, L x,y.
			let [x, y] = [0, 0];
			const points: Array<[number, number]> = [];
			for (const [, op, args] of m.d.matchAll(/([MLHV])([^MLHV]+)/g)) {
				const n = args!.split(/[ ,]+/).filter(Boolean).map(Number);
				if (op === 'H') x = n[0]!;
				else if (op === 'V') y = n[0]!;
				else [x, y] = [n[0]!, n[1]!];
				points.push([x, y]);
			}
			view(`${m.kind} path ${m.d}`, Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1])));
		}
		expect(problems).toEqual([]);
	});
	test('uses its width: its texts and marks reach across at least 85% of it', () => {
		const xs = [...textBoxes(model).flatMap((t) => [t.box.x0, t.box.x1]), ...model.rects.flatMap((m) => [m.x, m.x + m.w])];
		expect((Math.max(...xs) - Math.min(0, ...xs)) / model.width).toBeGreaterThanOrEqual(0.85);
	});
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
		test('every label lies nearer its own point than any other point: it cannot be read as another place’s', () => {
			const problems: string[] = [];
			for (const p of model.points!) {
				const hull = labelHull(p);
				const own = distance(p.x, p.y, hull);
				for (const q of model.points!) if (q !== p && distance(q.x, q.y, hull) <= own) problems.push(`"${p.label}" is ${own.toFixed(1)} px from its point but ${distance(q.x, q.y, hull).toFixed(1)} px from ${q.label}'s`);
			}
			expect(problems).toEqual([]);
		});
		test('no label runs across the coastline: each stands wholly on land or wholly at sea', () => {
			const onLand = onLandOf(model);
			const crossing = model.points!.filter((p) => {
				const b = labelHull(p);
				const seen = new Set<boolean>();
				for (const y of [b.y0, (b.y0 + b.y1) / 2, b.y1]) for (let t = 0; t <= 1.0001; t += 0.05) seen.add(onLand(b.x0 + t * (b.x1 - b.x0), y));
				return seen.size > 1;
			});
			expect(crossing.map((p) => p.label)).toEqual([]);
		});
		test('every detail map shows the land it details: its places stand on land drawn inside its panel', () => {
			const onLand = onLandOf(model);
			const panels = model.rects.filter((r) => r.kind === 'panel');
			expect(panels.length).toBeGreaterThan(0);
			for (const panel of panels) {
				const inside = model.points!.filter((p) => p.x > panel.x && p.x < panel.x + panel.w && p.y > panel.y && p.y < panel.y + panel.h);
				expect(inside.length, panel.label).toBeGreaterThanOrEqual(2);
				for (const p of inside) expect(onLand(p.x, p.y), `${p.label} on ${panel.label}`).toBe(true);
			}
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
		const em = Number(/@media \(min-width: ([\d.]+)em\) \{\s*\.chart-compact, \.chart-frame-compact \{ display: none; \}/.exec(css)?.[1]);
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
