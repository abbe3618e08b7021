import { describe, expect, test } from 'vitest';
import { layoutGrowth } from '../../src/charts/growth';
import { layoutInnovationSystem } from '../../src/charts/innovation-system';
import { chartSizes, wrap } from '../../src/charts/marks';
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
		const tick15 = model.texts.find((t) => t.text === '15%')!;
		expect(ref.x1).toBe(tick15.x);
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
		expect(x('gamma-data')).toBe(x('alpha-soft'));
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
	const arrowsFrom = (label: string) => {
		const b = box(label);
		return model.paths.filter((p) => {
			const m = /^M([\d.]+),([\d.]+)H([\d.]+)$/.exec(p.d);
			return m && Number(m[2]) > b.y && Number(m[2]) < b.y + b.h && Number(m[1]) >= b.x + b.w - 1;
		});
	};
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
			const y = Number(/,([\d.]+)H/.exec(arrow.d)![1]);
			return model.rects.find((b) => b.label !== label && b.x > box(label).x + box(label).w && y > b.y && y < b.y + b.h)!.label;
		};
		expect(target('Fund support')).toBe('Firms');
		expect(target('Land policy')).toBe('Firms');
		expect(target('Tax policy')).toBe('Firms');
		expect(target('Human resources')).toBe('Professional technicians and managers');
		expect(model.paths.filter((p) => p.kind === 'arrow')).toHaveLength(6);
	});
	test('adds no label the draft does not have', () => {
		expect(all).not.toMatch(/spin-off|Partnership: research|investment and/);
		expect(all).toContain('Table 1: 8 enterprises invested in by research institutes/universities');
	});
	test('keeps every box and label inside the view box', () => {
		for (const r of model.rects) {
			expect(r.x + r.w).toBeLessThanOrEqual(model.width + 0.5);
			expect(r.y + r.h).toBeLessThanOrEqual(model.height);
		}
		for (const t of model.texts) expect(t.y).toBeLessThanOrEqual(model.height);
	});
});
