import { describe, expect, test } from 'vitest';
import { layoutGrowth } from '../../src/charts/growth';
import { layoutInnovationSystem } from '../../src/charts/innovation-system';
import { wrap } from '../../src/charts/marks';
import { layoutPartnerships, partnershipTree } from '../../src/charts/partnerships';
import { layoutTorch } from '../../src/charts/torch';
import { layoutTypology, typologyCells } from '../../src/charts/typology';
import { loadReportSource } from '../../src/load/source';

const data = loadReportSource(new URL('../fixtures/mini/', import.meta.url).href).data;
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
		expect(model.rects.map((b) => b.label)).toEqual(['Huizhou: 19.7%', 'Shenzhen: 19.2%', 'Dongguan: 19.5%']);
		const [h, s, d] = model.rects.map((b) => b.w);
		expect(h / s).toBeCloseTo(19.7 / 19.2, 2);
		expect(d / s).toBeCloseTo(19.5 / 19.2, 2);
		expect(new Set(model.rects.map((b) => b.x)).size).toBe(1);
	});
	test('labels each bar directly with its city and value, right of the bar end', () => {
		expect(texts(model)).toEqual(expect.arrayContaining(['Huizhou', '19.7%', 'Shenzhen', '19.2%', 'Dongguan', '19.5%']));
		const bar = model.rects[0];
		const value = model.texts.find((t) => t.text === '19.7%')!;
		expect(value.x).toBeGreaterThan(bar.x + bar.w);
	});
	test('draws the 20% benchmark as a reference line with its label, inside the chart', () => {
		const ref = model.lines.find((l) => l.kind === 'reference')!;
		const tick20 = model.texts.find((t) => t.text === '20%')!;
		expect(ref.x1).toBe(tick20.x);
		expect(texts(model)).toContain('around 20% a year');
		for (const t of model.texts) expect(t.x).toBeLessThanOrEqual(model.width);
	});
	test('starts the axis at zero so bar lengths are honest', () => {
		expect(model.texts.find((t) => t.kind === 'axis')?.text).toBe('0%');
	});
});

describe('layoutTorch', () => {
	const model = layoutTorch(data.torch);
	test('compares funded with ongoing projects, and domestic with international patents, each on its own scale', () => {
		expect(model.rects.map((r) => r.label)).toEqual(['Funded: 14,884', 'Ongoing: 5,541', 'Domestic: 3,250', 'International: 68']);
		const [funded, ongoing, domestic, international] = model.rects.map((r) => r.w);
		expect(ongoing / funded).toBeCloseTo(5541 / 14884, 2);
		expect(funded).toBeCloseTo(domestic, 5);
		expect(international).toBeGreaterThan(0);
	});
	test('titles the panels with the launch year and the patent year from the data', () => {
		expect(texts(model)).toEqual(expect.arrayContaining(['Projects since 1988', 'Patents won in 2006']));
	});
});

describe('layoutTypology', () => {
	test('places the five types in the origin × intensity cells', () => {
		const cells = typologyCells(data.typology).map((c) => [c.origin, c.intensity, c.types.map((t) => t.id)]);
		expect(cells).toEqual([
			['endogenous', 'labour', ['rural-township']],
			['endogenous', 'technology', ['urban-technology', 'state-owned']],
			['exogenous', 'labour', ['foreign-labour']],
			['exogenous', 'technology', ['foreign-technology']],
		]);
	});
	test('labels every driving force and representative cluster, inside its cell', () => {
		const model = layoutTypology(data.typology, { width: 440 });
		const all = texts(model).join(' ');
		for (const place of ['Wenzhou, Zhejiang', 'Yizhuang, Beijing', 'Dongguan, Guangdong', 'Zhongguancun, Beijing', 'Gangqin Dongbei']) expect(all).toContain(place);
		for (const t of model.texts.filter((t) => t.kind === 'label' || t.kind === 'strong')) {
			const cell = model.rects.find((r) => t.x >= r.x && t.x <= r.x + r.w && t.y >= r.y && t.y <= r.y + r.h);
			expect(cell, `"${t.text}" lies inside a cell`).toBeDefined();
			expect(t.text.length * 7).toBeLessThanOrEqual(cell!.w);
		}
	});
});

describe('partnershipTree and layoutPartnerships', () => {
	test('puts the Academy above its two institutes, and each enterprise under its investor', () => {
		const tree = partnershipTree(data.zhongguancun);
		const path = (id: string) => tree.find((n) => n.data.id === id)!.ancestors().map((n) => n.data.id).reverse().slice(1);
		expect(path('lenovo')).toEqual(['cas', 'cas-ict', 'lenovo']);
		expect(path('red-flag')).toEqual(['cas', 'cas-iscas', 'red-flag']);
		expect(path('daheng')).toEqual(['cas', 'daheng']);
		expect(path('jade-bird')).toEqual(['pku', 'jade-bird']);
		expect(path('unisplendour')).toEqual(['tsinghua', 'unisplendour']);
	});
	test('labels every institution and enterprise once, top to bottom, indented by depth', () => {
		const model = layoutPartnerships(data.zhongguancun);
		expect(texts(model)).toEqual([
			'Chinese Academy of Sciences', 'CAS Institute of Computing Technology', 'Lenovo', 'CAS Software Research Institute', 'Red Flag Software', 'China Sciences Group', 'China Daheng',
			'Peking University', 'Founder', 'Jade Bird', 'Tsinghua University', 'Tsinghua Tongfang', 'Tsinghua Unisplendour',
		]);
		const x = (name: string) => model.texts.find((t) => t.text === name)!.x;
		expect(x('CAS Institute of Computing Technology')).toBeGreaterThan(x('Chinese Academy of Sciences'));
		expect(x('Lenovo')).toBeGreaterThan(x('CAS Institute of Computing Technology'));
		expect(x('China Daheng')).toBe(x('CAS Institute of Computing Technology'));
		expect(model.paths).toHaveLength(10);
	});
});

describe('layoutInnovationSystem', () => {
	const model = layoutInnovationSystem(data.zhongguancun, { width: 440 });
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
			expect(r.x + r.w).toBeLessThanOrEqual(440.5);
			expect(r.y + r.h).toBeLessThanOrEqual(model.height);
		}
		for (const t of model.texts) expect(t.y).toBeLessThanOrEqual(model.height);
	});
});
