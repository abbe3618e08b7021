import { describe, expect, test } from 'vitest';
import { type ErratumQuote, type SiteSection, compareWithDraft, differencesBySection } from '../../../src/editorial/compare';
import { normaliseDraft } from '../../../src/editorial/normalise';

const draft = `**Cluster and Innovation in China** 

The SME clusters in Chin are booming these 20 years.(Shao 2007) The growth rate is 20%.

₽¥ SMU

## The problems of Clusters in China

Hukou limits labor migration.
`;

/** A site of one section with the given prose paragraphs. */
const site = (...paragraphs: string[]): SiteSection[] => [{ id: 'formation', blocks: paragraphs.map((text) => ({ text })) }];

const faithful = site('SME clusters in China have been booming these 20 years (Shao, 2007). The growth rate is 20%.', 'The problems of clusters in China', 'Hukou limits labour migration.');

const errata: ErratumQuote[] = [
	{ id: 'booming', section: 'formation', draft: 'The SME clusters in Chin are booming', site: 'SME clusters in China have been booming' },
	{ id: 'heading', section: 'formation', draft: 'The problems of Clusters in China', site: 'The problems of clusters in China' },
	{ id: 'labour', section: 'formation', draft: 'labor migration', site: 'labour migration' },
	{ id: 'citations', section: 'report', draft: '(Shao 2007)', site: '(Shao, 2007)', draftPattern: String.raw`\([^()]*\d{4}\)`, sitePattern: String.raw`\([^()]*\d{4}\)` },
	{ id: 'punctuation', section: 'report', draft: 'years.(Shao', site: 'years (Shao', rule: 'punctuation' },
	{ id: 'headers', section: 'report', draft: '**Cluster and Innovation in China**' },
];

describe('normaliseDraft', () => {
	test('removes the running header, logo debris, heading marks and collapses whitespace', () => {
		expect(normaliseDraft(draft)).toBe('The SME clusters in Chin are booming these 20 years.(Shao 2007) The growth rate is 20%. The problems of Clusters in China Hukou limits labor migration.');
	});
	test('folds curly quotes into straight ones, one character for one', () => {
		expect(normaliseDraft('the “Silicon Valley” of China’s')).toBe('the "Silicon Valley" of China\'s');
	});
	test('removes a lone SMU on its own line but not inside a sentence', () => {
		expect(normaliseDraft('a\nSMU\nb SMU c')).toBe('a b SMU c');
	});
});

describe('compareWithDraft', () => {
	test('reports nothing when every difference is covered and every quotation is real', () => {
		const result = compareWithDraft(draft, faithful, errata);
		expect(result.uncovered).toEqual([]);
		expect(result.unmatched).toEqual([]);
		expect(result.differences.length).toBeGreaterThan(0);
		expect(result.differences.every((d) => d.errata.length > 0)).toBe(true);
	});

	test('reports a change no erratum covers, with its sentence', () => {
		const changed = site('SME clusters in China have been booming these 20 years (Shao, 2007). The growth rate is 25%.', 'The problems of clusters in China', 'Hukou limits labour migration.');
		const { uncovered, unmatched } = compareWithDraft(draft, changed, errata);
		expect(unmatched).toEqual([]);
		expect(uncovered).toEqual([expect.objectContaining({ section: 'formation', draft: '20', site: '25', context: 'The growth rate is 25%.', draftContext: 'The growth rate is 20%.' })]);
	});

	test('reports an added sentence and a dropped one', () => {
		const added = site('SME clusters in China have been booming these 20 years (Shao, 2007). Figure 5 draws them as a tree. The growth rate is 20%.', 'The problems of clusters in China', '');
		const { uncovered } = compareWithDraft(draft, added, errata);
		expect(uncovered.map((d) => [d.draft, d.site])).toEqual([
			['', 'Figure 5 draws them as a tree'],
			['Hukou limits labor migration', ''],
		]);
	});

	test('covers an insertion quoted by an erratum without a draft quotation', () => {
		const added = site('SME clusters in China have been booming these 20 years (Shao, 2007). Figure 5 draws them as a tree. The growth rate is 20%.', 'The problems of clusters in China', 'Hukou limits labour migration.');
		const insertion = { id: 'tree', section: 'formation', site: 'Figure 5 draws them as a tree.' };
		expect(compareWithDraft(draft, added, [...errata, insertion]).uncovered).toEqual([]);
	});

	test('reports an erratum that quotes the site wrongly, and one that quotes the draft wrongly', () => {
		const wrong = [...errata, { id: 'years', section: 'formation', draft: 'these 20 years', site: 'these twenty years' }, { id: 'ghost', section: 'formation', draft: 'these 30 years', site: 'these 20 years' }];
		const { unmatched } = compareWithDraft(draft, faithful, wrong);
		expect(unmatched.map((u) => u.id)).toEqual(['years', 'ghost']);
		expect(unmatched[0].problem).toContain('site text is not on the site');
		expect(unmatched[1].problem).toContain('draft text is not in the draft');
	});

	test('requires the site quotation exactly: typography and numbers count', () => {
		const curly = [...errata.filter((e) => e.id !== 'heading'), { id: 'heading', section: 'formation', draft: 'The problems of Clusters in China', site: 'The problems of clusters in china' }];
		expect(compareWithDraft(draft, faithful, curly).unmatched.map((u) => u.id)).toEqual(['heading']);
	});

	test('looks for a section’s quotation only in that section', () => {
		const elsewhere = errata.map((e) => (e.id === 'labour' ? { ...e, section: 'problems' } : e));
		const sections: SiteSection[] = [...faithful, { id: 'problems', blocks: [{ text: 'Nothing here.' }] }];
		const { unmatched } = compareWithDraft(draft, sections, elsewhere);
		expect(unmatched.map((u) => u.id)).toEqual(['labour']);
	});

	test('counts a dropped full stop only without the punctuation rule', () => {
		const noStop = site('SME clusters in China have been booming these 20 years (Shao, 2007). The growth rate is 20%.', 'The problems of clusters in China', 'Hukou limits labour migration');
		expect(compareWithDraft(draft, noStop, errata).uncovered).toEqual([]);
		const strict = errata.filter((e) => e.rule !== 'punctuation');
		expect(compareWithDraft(draft, noStop, strict).uncovered).toEqual([expect.objectContaining({ draft: '.', site: '' })]);
	});

	test('a report-wide site pattern covers every insertion it matches, and may be left out of quotations', () => {
		const zh = site('SME clusters in China (中国, Zhōngguó) have been booming these 20 years (Shao, 2007). The growth rate is 20%.', 'The problems of clusters in China', 'Hukou limits labour migration.');
		const before = compareWithDraft(draft, zh, errata).uncovered;
		expect(before).toHaveLength(1);
		expect(before[0].site).toContain('(中国, Zhōngguó)');
		const names = { id: 'names', section: 'report', site: '(中国, Zhōngguó)', sitePattern: String.raw` \(\p{Script=Han}+, [^()]+\)` };
		const result = compareWithDraft(draft, zh, [...errata, names]);
		expect(result.uncovered).toEqual([]);
		expect(result.unmatched).toEqual([]);
	});

	test('an editors’ block needs an erratum that names it and quotes it exactly', () => {
		const withFigure: SiteSection[] = [{ id: 'formation', blocks: [...faithful[0].blocks, { block: 'figure:growth', text: 'Figure E1. Growth rate each year\nSource: CCCR' }] }];
		expect(compareWithDraft(draft, withFigure, errata).uncovered).toEqual([expect.objectContaining({ block: 'figure:growth', errata: [] })]);
		const figure = { id: 'growth-figure', section: 'formation', site: 'Growth rate each year', block: 'figure:growth' };
		expect(compareWithDraft(draft, withFigure, [...errata, figure]).uncovered).toEqual([]);
		const misquoted = { ...figure, site: 'Annual GDP growth' };
		expect(compareWithDraft(draft, withFigure, [...errata, misquoted]).unmatched).toEqual([{ id: 'growth-figure', problem: expect.stringContaining('not in the block') }]);
	});

	test('a draft quotation may span a passage as “first … last”', () => {
		const dropped = site('SME clusters in China have been booming these 20 years (Shao, 2007).');
		const span = { id: 'cut', section: 'formation', draft: 'The growth rate … labor migration.' };
		const result = compareWithDraft(draft, dropped, [...errata.filter((e) => e.id !== 'heading' && e.id !== 'labour'), span]);
		expect(result.uncovered).toEqual([]);
		expect(result.unmatched).toEqual([]);
	});

	test('compares the names and years of citations word by word: a thousands comma joins digits, a comma after a name does not', () => {
		const plain = errata.filter((e) => e.id !== 'citations');
		const text = (cite: string, count: string) => site(`SME clusters in China have been booming these 20 years ${cite}. The growth rate is 20%.`, 'The problems of clusters in China', `Hukou limits labour migration ${count}.`);
		const shaoDraft = draft.replace('(Shao 2007)', '(Shao,2007)').replace('labor migration.', 'labor migration 14884.');
		expect(compareWithDraft(shaoDraft, text('(Shao, 2007)', '14884'), plain).uncovered).toEqual([]);
		expect(compareWithDraft(shaoDraft, text('(Shao, 2008)', '14884'), plain).uncovered.map((d) => [d.draft, d.site])).toEqual([['2007', '2008']]);
		expect(compareWithDraft(shaoDraft, text('(Shao, 2007)', '14,884'), plain).uncovered.map((d) => [d.draft, d.site])).toEqual([['14884', '14,884']]);
	});

	test('lists the errata that cover no difference', () => {
		const idle = { id: 'idle', section: 'formation', draft: 'The growth rate is 20%.', site: 'The growth rate is 20%.' };
		expect(compareWithDraft(draft, faithful, [...errata, idle]).unused).toContain('idle');
	});
});

describe('differencesBySection', () => {
	test('groups the differences by section in the order given, leaving out sections without any', () => {
		const sections: SiteSection[] = [...faithful, { id: 'empty', blocks: [] }];
		const groups = differencesBySection(compareWithDraft(draft, sections, errata), ['empty', 'formation']);
		expect(groups.map((g) => g.section)).toEqual(['formation']);
		expect(groups[0].differences.length).toBeGreaterThan(0);
	});
});
