import { describe, expect, test } from 'vitest';
import { layoutGrowth } from '../../src/charts/growth';
import { layoutInnovationSystem } from '../../src/charts/innovation-system';
import { type ChartModel, type PathMark, type RectMark, chartSizes, wrap } from '../../src/charts/marks';
import { layoutPartnerships, partnerLegend, partnershipTree } from '../../src/charts/partnerships';
import { layoutTorch } from '../../src/charts/torch';
import { layoutTypology, typologyCells } from '../../src/charts/typology';
import { loadReportSource } from '../../src/load/source';
import type { ReportData } from '../../src/load/data-sets';

/** The small report has every data set. */
const data = loadReportSource(new URL('../fixtures/mini/', import.meta.url).href).data as Required<ReportData>;
const texts = (m: { texts: Array<{ text: string }> }) => m.texts.map((t) => t.text);

describe('wrap', () => {
	test('breaks at spaces so no line is longer than asked, unless one word is', () => {
		expect(wrap('Foreign, Taiwan or Hong Kong enterprises', 16)).toEqual(['Foreign, Taiwan', 'or Hong Kong', 'enterprises']);
		expect(wrap('Supercalifragilistic', 5)).toEqual(['Supercalifragilistic']);
	});
});

describe('layoutGrowth', () => {
	const model = layoutGrowth(data.growth, { width: 420 });
	test('draws one bar per city, in the data order, with lengths proportional to growth', () => {
		expect(model.rects.map((b) => b.label)).toEqual(['Ningbo: 14.5%', 'Xiamen: 12%']);
		const [n, x] = model.rects.map((b) => b.w);
		expect(n / x).toBeCloseTo(14.5 / 12, 2);
		expect(new Set(model.rects.map((b) => b.x)).size).toBe(1);
	});
	test('labels each bar directly with its city and value, right of the bar end', () => {
		expect(texts(model)).toEqual(expect.arrayContaining(['Ningbo', '14.5%', 'Xiamen', '12%']));
		const bar = model.rects[0];
		const value = model.texts.find((t) => t.text === '14.5%')!;
		expect(value.x).toBeGreaterThan(bar.x + bar.w);
	});
	test('draws the 15% benchmark as a reference line with its label, inside the chart', () => {
		const ref = model.lines.find((l) => l.kind === 'reference')!;
		// Where 15% falls on the axis, read from its first and last ticks.
		const ticks = model.texts.filter((t) => t.kind === 'axis');
		const [first, last] = [ticks[0]!, ticks[ticks.length - 1]!];
		expect(ref.x1).toBeCloseTo(first.x + ((last.x - first.x) * 15) / parseFloat(last.text), 0);
		expect(texts(model)).toContain('about 15% a year');
		for (const t of model.texts) expect(t.x).toBeLessThanOrEqual(model.width);
	});
	test('starts the axis at zero so bar lengths are honest', () => {
		expect(model.texts.find((t) => t.kind === 'axis')?.text).toBe('0%');
	});
});

describe('layoutTorch', () => {
	const model = layoutTorch(data.torch);
	test('compares funded with ongoing projects, and domestic with international patents, all on one scale', () => {
		expect(model.rects.map((r) => r.label)).toEqual(['Funded: 1,200', 'Ongoing: 300', 'Domestic: 410', 'International: 12']);
		const [funded, ongoing, domestic, international] = model.rects.map((r) => r.w);
		expect(ongoing / funded).toBeCloseTo(300 / 1200, 2);
		expect(domestic / funded).toBeCloseTo(410 / 1200, 2);
		expect(international).toBeGreaterThan(0);
	});
	test('gives each panel its own axis, labelled in counts on the shared scale', () => {
		const axisLabels = model.texts.filter((t) => t.kind === 'axis').map((t) => t.text);
		expect(axisLabels[0]).toBe('0');
		expect(axisLabels.length % 2).toBe(0);
		expect(axisLabels.slice(0, axisLabels.length / 2)).toEqual(axisLabels.slice(axisLabels.length / 2));
		expect(model.lines.filter((l) => l.kind === 'axis')).toHaveLength(2);
	});
	test('titles the panels with the launch year and the patent year from the data', () => {
		expect(texts(model)).toEqual(expect.arrayContaining(['Projects since 1990', 'Patents won in 2001']));
	});
});

describe('layoutTypology', () => {
	test('places the three types in the origin × intensity cells, leaving the fourth empty', () => {
		const cells = typologyCells(data.typology).map((c) => [c.origin, c.intensity, c.types.map((t) => t.id)]);
		expect(cells).toEqual([
			['endogenous', 'labour', ['village-firms']],
			['endogenous', 'technology', ['state-firms']],
			['exogenous', 'labour', ['overseas-firms']],
			['exogenous', 'technology', []],
		]);
	});
	test('labels every driving force and representative cluster, inside its cell', () => {
		const model = layoutTypology(data.typology, { width: chartSizes.wide });
		const all = texts(model).join(' ');
		for (const place of ['Ningbo, Zhejiang', 'Xiamen, Fujian', 'Shenyang North']) expect(all).toContain(place);
		for (const t of model.texts.filter((t) => t.kind === 'label' || t.kind === 'strong')) {
			const cell = model.rects.find((r) => t.x >= r.x && t.x <= r.x + r.w && t.y >= r.y && t.y <= r.y + r.h);
			expect(cell, `"${t.text}" lies inside a cell`).toBeDefined();
			expect(t.text.length * 7).toBeLessThanOrEqual(cell!.w);
		}
	});
});

describe('partnershipTree and layoutPartnerships', () => {
	test('puts each enterprise under the institution that invested in it', () => {
		const tree = partnershipTree(data.zhongguancun);
		const path = (id: string) => tree.find((n) => n.data.id === id)!.ancestors().map((n) => n.data.id).reverse().slice(1);
		expect(path('alpha-soft')).toEqual(['north-academy', 'alpha-soft']);
		expect(path('beta-optics')).toEqual(['north-academy', 'beta-optics']);
		expect(path('gamma-data')).toEqual(['east-college', 'gamma-data']);
	});
	test('puts an institute under its parent institution', () => {
		const withInstitute = { ...data.zhongguancun, institutions: [...data.zhongguancun.institutions, { id: 'north-lab', name: 'North Lab', parent: 'north-academy' }], links: [...data.zhongguancun.links, { from: 'north-lab', to: 'alpha-soft' }] };
		const tree = partnershipTree(withInstitute);
		expect(tree.find((n) => n.data.id === 'north-lab')!.parent!.data.id).toBe('north-academy');
	});
	test('labels every institution and enterprise once, top to bottom, indented by depth, with the names Table 1 gives', () => {
		const model = layoutPartnerships(data.zhongguancun);
		const z = data.zhongguancun;
		const name = (id: string) => [...z.institutions, ...z.enterprises].find((n) => n.id === id)!.name;
		expect(texts(model).filter((t) => !partnerLegend.some((l) => l.text === t))).toEqual(['north-academy', 'alpha-soft', 'beta-optics', 'east-college', 'gamma-data'].map(name));
		const x = (id: string) => model.texts.find((t) => t.text === name(id))!.x;
		expect(x('alpha-soft')).toBeGreaterThan(x('north-academy'));
		// Each institution's tree may stand in a column of its own: the indent is the same in every column.
		expect(x('gamma-data') - x('east-college')).toBe(x('alpha-soft') - x('north-academy'));
		expect(model.paths).toHaveLength(3);
	});
	test('says in a legend what each node colour means, listing only the colours drawn', () => {
		const model = layoutPartnerships(data.zhongguancun);
		const legend = model.rects.filter((r) => partnerLegend.some((l) => l.text === r.label));
		const nodeTones = new Set(model.rects.filter((r) => !legend.includes(r)).map((r) => r.tone));
		expect(new Set(legend.map((r) => r.tone))).toEqual(nodeTones);
		for (const r of legend) expect(texts(model)).toContain(r.label);
	});
});

// The reconstruction of the draft's Figure 1 is checked against the report's own content: it must say no more than the draft.
const real = loadReportSource(new URL('../../', import.meta.url).href).data as Required<ReportData>;

describe('layoutInnovationSystem', () => {
	const model = layoutInnovationSystem(real.zhongguancun, { width: chartSizes.wide });
	const all = texts(model).join(' ');
	const box = (label: string) => model.rects.find((b) => b.label === label)!;
	const arrowsFrom = (label: string) => arrowsLeaving(model, box(label));
	test('shows the four policies, what they act on and the partnership, with the counts from the data', () => {
		for (const s of ['Fund support', 'Human resources', 'Land policy', 'Tax policy', 'Professional technicians and managers', 'Firms', 'Universities and research institutes', 'partnership', '39 universities', '700,000 students', '17,000 firms in the ZSP']) {
			expect(all).toContain(s);
		}
	});
	test('ties only fund support to the Beijing Municipal People’s Government, the other policies to the 2002 regulations', () => {
		expect(texts(model).filter((t) => t === 'Beijing Municipal People’s Government')).toHaveLength(1);
		const government = model.texts.find((t) => t.text === 'Beijing Municipal People’s Government')!;
		const funds = box('Fund support');
		expect(government.y).toBeGreaterThan(funds.y);
		expect(government.y).toBeLessThan(funds.y + funds.h);
		expect(all.match(/Regulations for Zhongguancun Science/g)).toHaveLength(3);
	});
	test('points each policy at what the text says it acts on: firms, or professionals', () => {
		const target = (label: string) => {
			const [arrow] = arrowsFrom(label);
			return boxAt(model, arrowEnd(arrow!))!.label;
		};
		expect(target('Fund support')).toBe('Firms');
		expect(target('Land policy')).toBe('Firms');
		expect(target('Tax policy')).toBe('Firms');
		expect(target('Human resources')).toBe('Professional technicians and managers');
		expect(model.paths.filter((p) => p.kind === 'arrow')).toHaveLength(6);
	});
	test('adds no label the draft does not have', () => {
		expect(all).not.toMatch(/spin-off|Partnership: research|investment and/);
		expect(all).toContain(`${real.zhongguancun.links.length} enterprises invested in by research institutes/universities (Table 1)`);
	});
	test('keeps every box and label inside the view box', () => {
		for (const r of model.rects) {
			expect(r.x + r.w).toBeLessThanOrEqual(model.width + 0.5);
			expect(r.y + r.h).toBeLessThanOrEqual(model.height);
		}
		for (const t of model.texts) expect(t.y).toBeLessThanOrEqual(model.height);
	});
});

/** The arrows that leave a box: paths whose first point lies on its edge. */
function arrowsLeaving(model: ChartModel, b: RectMark): PathMark[] {
	return model.paths.filter((p) => {
		if (p.kind !== 'arrow') return false;
		const [x, y] = pathPoints(p.d)[0]!;
		return x >= b.x - 0.5 && x <= b.x + b.w + 3 && y >= b.y && y <= b.y + b.h;
	});
}
/** Every point a path of straight moves (M, H, V, L) passes through. */
function pathPoints(d: string): Array<[number, number]> {
	const points: Array<[number, number]> = [];
	let x = 0;
	let y = 0;
	for (const [, op, args] of d.matchAll(/([MLHV])([^MLHV]+)/g)) {
		const n = args!.split(/[ ,]+/).filter(Boolean).map(Number);
		if (op === 'H') x = n[0]!;
		else if (op === 'V') y = n[0]!;
		else [x, y] = [n[0]!, n[1]!];
		points.push([x, y]);
	}
	return points;
}
const arrowEnd = (p: PathMark) => pathPoints(p.d).at(-1)!;
/** The box an arrow's head touches (it stops just short of the box's edge). */
const boxAt = (model: ChartModel, [x, y]: [number, number]) => model.rects.find((b) => b.kind === 'box' && x >= b.x - 4 && x <= b.x + b.w + 4 && y >= b.y - 4 && y <= b.y + b.h + 4);

// What the issue of the Figure 1 found wanting (issue 21), at both sizes: an arrow for each policy, no box
// taller than what it holds, axes that end at the first round tick past the data.
describe.each(Object.entries(chartSizes))('the report\'s charts at the %s size', (_size, width) => {
	test('Figure 1 gives every policy an arrow of its own to what it acts on, no two ending at one point', () => {
		const model = layoutInnovationSystem(real.zhongguancun, { width });
		const ends = new Set<string>();
		for (const lever of real.zhongguancun.levers) {
			const lever_box = model.rects.find((b) => b.label === lever.name)!;
			const arrows = arrowsLeaving(model, lever_box);
			expect(arrows, lever.name).toHaveLength(1);
			const target = boxAt(model, arrowEnd(arrows[0]!))!;
			expect(target.label, lever.name).toBe(lever.actsOn === 'firms' ? 'Firms' : 'Professional technicians and managers');
			ends.add(arrowEnd(arrows[0]!).join(','));
		}
		expect(ends.size).toBe(real.zhongguancun.levers.length);
	});
	test('Figure 1 draws no box taller than what it holds', () => {
		const model = layoutInnovationSystem(real.zhongguancun, { width });
		for (const b of model.rects.filter((r) => r.kind === 'box')) {
			const inside = model.texts.filter((t) => t.x > b.x && t.x < b.x + b.w && t.y > b.y && t.y < b.y + b.h);
			expect(inside.length, b.label).toBeGreaterThan(0);
			// Below its last line: the descent and the padding (12 px), and no more.
			expect(b.y + b.h - Math.max(...inside.map((t) => t.y)), `space under the last line of "${b.label}"`).toBeLessThanOrEqual(20);
		}
	});
	test('every axis ends at the first round tick at or past the largest value it shows', () => {
		const growth = layoutGrowth(real.growth, { width });
		const torch = layoutTorch(real.torch, { width });
		const axes = [
			{ name: 'growth', max: Math.max(...real.growth.cities.map((c) => c.value), real.growth.benchmark.value), ticks: growth.texts.filter((t) => t.kind === 'axis').map((t) => parseFloat(t.text)) },
			{ name: 'torch', max: Math.max(real.torch.projectsFunded.value, real.torch.ongoingProjects.value, real.torch.patents.domestic.value, real.torch.patents.international.value), ticks: torch.texts.filter((t) => t.kind === 'axis').map((t) => Number(t.text.replace(/[^\d.]/g, ''))) },
		];
		for (const a of axes) {
			const ticks = [...new Set(a.ticks)].sort((x, y) => x - y);
			const step = ticks[1]! - ticks[0]!;
			expect(ticks.at(-1), `${a.name}: the last tick reaches the data`).toBeGreaterThanOrEqual(a.max);
			expect(ticks.at(-2), `${a.name}: the tick before it falls short of the data`).toBeLessThan(a.max);
			// A round step: 1, 2 or 5 times a power of ten.
			expect([1, 2, 5].some((m) => Math.abs(Math.log10(step / m) - Math.round(Math.log10(step / m))) < 1e-9), `${a.name}: step ${step}`).toBe(true);
		}
	});
});
