import { describe, expect, test } from 'vitest';
import { layoutGrowth } from '../../src/charts/growth';
import { layoutInnovationSystem } from '../../src/charts/innovation-system';
import { layoutMap } from '../../src/charts/map';
import { type ChartModel, chartSizes } from '../../src/charts/marks';

const sizes = Object.entries(chartSizes);
import { layoutPanels } from '../../src/charts/paired-bars';
import { layoutPartnerships, partnerLegend } from '../../src/charts/partnerships';
import { layoutTorch } from '../../src/charts/torch';
import { layoutTypology } from '../../src/charts/typology';
import { chinaOutline } from '../../src/load/geo';
import type { Gazetteer } from '../../src/schemas/place';
import type { Growth } from '../../src/schemas/growth';
import type { Torch } from '../../src/schemas/torch';
import type { Typology } from '../../src/schemas/typology';
import type { Zhongguancun } from '../../src/schemas/zhongguancun';

/**
 * Every number a chart model holds, with where it is: coordinates, sizes and the numbers inside path
 * data. A layout fed odd data (one item, zeros, nothing) must still give finite numbers inside its viewBox.
 */
function problemsOf(model: ChartModel): string[] {
	const problems: string[] = [];
	const finite = (what: string, n: number) => {
		if (!Number.isFinite(n)) problems.push(`${what} is ${n}`);
	};
	const inside = (what: string, x: number, y: number) => {
		finite(`${what} x`, x);
		finite(`${what} y`, y);
		if (x < -0.5 || x > model.width + 0.5 || y < -0.5 || y > model.height + 0.5) problems.push(`${what} at ${x},${y} lies outside the ${model.width}×${model.height} viewBox`);
	};
	finite('width', model.width);
	finite('height', model.height);
	if (!(model.width > 0 && model.height > 0)) problems.push(`the viewBox ${model.width}×${model.height} is empty`);
	model.rects.forEach((m, i) => {
		inside(`rect ${i} (${m.label ?? m.kind})`, m.x, m.y);
		inside(`rect ${i} (${m.label ?? m.kind}) far corner`, m.x + m.w, m.y + m.h);
		if (m.w < 0 || m.h < 0) problems.push(`rect ${i} has a negative size ${m.w}×${m.h}`);
	});
	model.lines.forEach((m, i) => {
		inside(`line ${i} start`, m.x1, m.y1);
		inside(`line ${i} end`, m.x2, m.y2);
	});
	model.texts.forEach((m, i) => inside(`text ${i} "${m.text}"`, m.x, m.y));
	(model.points ?? []).forEach((m, i) => {
		inside(`point ${i} "${m.label}"`, m.x, m.y);
		inside(`point ${i} label`, m.labelX, m.labelY);
		finite(`point ${i} radius`, m.radius);
	});
	model.paths.forEach((m, i) => {
		if (/NaN|Infinity/.test(m.d)) problems.push(`path ${i} holds ${m.d.match(/NaN|Infinity/)![0]}`);
		if (m.kind === 'land') return;
		const numbers = [...m.d.matchAll(/-?\d+(?:\.\d+)?/g)].map((n) => Number(n[0]));
		for (const n of numbers) if (n < -0.5 || n > Math.max(model.width, model.height) + 0.5) problems.push(`path ${i} reaches ${n}, outside the viewBox`);
	});
	return problems;
}

const growth = (cities: Array<[string, number]>, benchmark = 20): Growth => ({
	source: 'a2000',
	measure: 'Growth',
	unit: 'percent',
	benchmark: { value: benchmark, label: `about ${benchmark}%` },
	cities: cities.map(([id, value]) => ({ id, name: id, province: 'P', value })),
});

const count = (value: number) => ({ value, unit: 'count' as const });
const torch = (funded: number, ongoing: number, domestic: number, international: number): Torch => ({
	source: 'a2000',
	launched: { value: 1990, unit: 'year' },
	projectsFunded: count(funded),
	ongoingProjects: count(ongoing),
	ongoingProfit: { value: 0, unit: 'billion-yuan' },
	patents: { year: 2000, domestic: count(domestic), international: count(international) },
});

const oneType: Typology = {
	source: 'a2000',
	types: [{ id: 'only', force: 'Village firms', forceKind: 'rural-township', origin: 'endogenous', intensity: 'labour', clusters: [{ place: 'Ningbo' }] }],
};

const park = (over: Partial<Zhongguancun> = {}): Zhongguancun => ({
	source: 'a2000',
	policySource: 'b2000',
	levers: [{ id: 'funds', name: 'Funds', summary: 'Money', attribution: 'The council', actsOn: 'firms', figures: [{ id: 'grant', label: 'grant', value: 0, unit: 'percent' }] }],
	ecosystem: [{ id: 'firms', side: 'industry', label: 'firms', value: 0, unit: 'count' }],
	institutions: [{ id: 'academy', name: 'Academy' }],
	enterprises: [{ id: 'firm', name: 'Firm', note: 'A firm.' }],
	links: [{ from: 'academy', to: 'firm' }],
	...over,
});

const place = (id: string, over: Partial<Gazetteer['places'][number]> = {}): Gazetteer['places'][number] => ({ id, name: id, chinese: '城', pinyin: 'chéng', kind: 'city', sections: [], ...over });

describe.each(sizes)('layoutGrowth at the edges, %s layout', (_size, width) => {
	test('draws a single city', () => expect(problemsOf(layoutGrowth(growth([['only', 12]]), { width }))).toEqual([]));
	test('draws a city that did not grow, with a zero-width bar', () => {
		const model = layoutGrowth(growth([['flat', 0]]), { width });
		expect(problemsOf(model)).toEqual([]);
		expect(model.rects[0].w).toBe(0);
	});
	test('draws every city and the benchmark at zero', () => expect(problemsOf(layoutGrowth(growth([['a', 0], ['b', 0]], 0), { width }))).toEqual([]));
	test('draws a city at 100%, the top of the range', () => expect(problemsOf(layoutGrowth(growth([['boom', 100]]), { width }))).toEqual([]));
});

describe.each(sizes)('layoutTorch and layoutPanels at the edges, %s layout', (_size, width) => {
	test('draws a programme where every count is zero, its axis starting where the bars start', () => {
		const model = layoutTorch(torch(0, 0, 0, 0), { width });
		expect(problemsOf(model)).toEqual([]);
		const zeroTicks = model.texts.filter((t) => t.kind === 'axis' && t.text === '0');
		expect(zeroTicks.length).toBeGreaterThan(0);
		for (const tick of zeroTicks) expect(tick.x).toBeLessThan(width / 4);
	});
	test('draws zero ongoing projects beside funded ones, and zero international patents', () => expect(problemsOf(layoutTorch(torch(10, 0, 5, 0), { width }))).toEqual([]));
	test('draws a single panel with a single bar', () => expect(problemsOf(layoutPanels([{ title: 'One', bars: [{ id: 'a', label: 'A', value: 3, display: '3' }] }], { width }))).toEqual([]));
	test('draws a panel with no bars, and no panels at all', () => {
		expect(problemsOf(layoutPanels([{ title: 'Nothing yet', bars: [] }], { width }))).toEqual([]);
		expect(problemsOf(layoutPanels([], { width }))).toEqual([]);
	});
});

describe.each(sizes)('layoutTypology at the edges, %s layout', (_size, width) => {
	test('draws a single type, leaving three cells empty', () => expect(problemsOf(layoutTypology(oneType, { width }))).toEqual([]));
	test('draws a type whose force is one long word', () => {
		const long: Typology = { ...oneType, types: [{ ...oneType.types[0], force: 'Supercalifragilisticexpialidocious', clusters: [{ place: 'A place with a long name, in a long province' }] }] };
		expect(problemsOf(layoutTypology(long, { width }))).toEqual([]);
	});
});

describe.each(sizes)('layoutPartnerships at the edges, %s layout', (_size, width) => {
	test('draws one institution with one enterprise', () => expect(problemsOf(layoutPartnerships(park(), { width }))).toEqual([]));
	test('draws an institute under its parent with no enterprise of its own', () => {
		const model = layoutPartnerships(park({ institutions: [{ id: 'academy', name: 'Academy' }, { id: 'lab', name: 'Lab', parent: 'academy' }] }), { width });
		expect(problemsOf(model)).toEqual([]);
		expect(model.texts.map((t) => t.text).filter((t) => !partnerLegend.some((l) => l.text === t))).toEqual(['Academy', 'Lab', 'Firm']);
	});
});

describe.each(sizes)('layoutInnovationSystem at the edges, %s layout', (_size, width) => {
	test('draws a single lever and zero-valued figures', () => expect(problemsOf(layoutInnovationSystem(park(), { width }))).toEqual([]));
	test('draws three levers (an odd number) and an ecosystem with no research side', () => {
		const levers = ['a', 'b', 'c'].map((id) => ({ id, name: `Lever ${id}`, summary: 's', attribution: 'The council', actsOn: 'firms' as const, figures: [{ id: `f-${id}`, label: 'things', value: 1, unit: 'count' as const }] }));
		expect(problemsOf(layoutInnovationSystem(park({ levers }), { width }))).toEqual([]);
	});
});

describe.each(sizes)('layoutMap at the edges, %s layout', (_size, width) => {
	const outline = chinaOutline();
	test('draws a single place', () => expect(problemsOf(layoutMap({ coordinatesSource: 's', places: [place('ningbo', { lat: 29.87, lon: 121.54 })] }, outline, { width }))).toEqual([]));
	test('draws an outline with no point when no entry has coordinates', () => {
		const model = layoutMap({ coordinatesSource: 's', places: [place('office', { kind: 'organisation' })] }, outline, { width });
		expect(problemsOf(model)).toEqual([]);
		expect(model.points).toEqual([]);
	});
	test('names what lies within a place but gets no detail map (no coordinates, or alone) with that place', () => {
		const model = layoutMap({ coordinatesSource: 's', places: [place('ningbo', { lat: 29.87, lon: 121.54 }), place('harbour', { within: 'ningbo' }), place('lone', { within: 'ningbo', lat: 29.9, lon: 121.6 })] }, outline, { width });
		expect(problemsOf(model)).toEqual([]);
		expect(model.points!.map((p) => p.label)).toEqual(['ningbo (harbour, lone)']);
	});
	test('draws a detail map whose places stand at one point', () => {
		const two = [place('city', { lat: 39.9, lon: 116.4 }), place('a', { within: 'city', lat: 39.98, lon: 116.31 }), place('b', { within: 'city', lat: 39.98, lon: 116.31 })];
		const model = layoutMap({ coordinatesSource: 's', places: two }, outline, { width });
		expect(problemsOf(model)).toEqual([]);
		expect(model.points!.map((p) => p.label)).toEqual(['city', 'a', 'b']);
	});
	test('keeps the labels of places at China’s edges inside the map', () => {
		const edges = [place('west', { lat: 39.47, lon: 75.99 }), place('east', { lat: 47.73, lon: 134.3 }), place('north', { lat: 53.3, lon: 122.5 }), place('south', { lat: 18.25, lon: 109.5, kind: 'delta' })];
		expect(problemsOf(layoutMap({ coordinatesSource: 's', places: edges }, outline, { width }))).toEqual([]);
	});
});
