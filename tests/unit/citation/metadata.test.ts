import { describe, expect, test } from 'vitest';
import { authorWarning, jsonLd, metaTags, type MetaTag, type PageRecord } from '../../../src/citation';
import type { Report } from '../../../src/schemas/report';
import { loadReport } from './content';
import { zoteroItem } from './zotero';

const base = 'https://example.org/reports/china-clusters/';
const report = loadReport();
const authored: Report = { ...report, authors: [{ family: 'Li', given: 'Wei' }, { literal: 'SMU Cluster Research Group' }] };
const fullTitle = 'Clusters and Innovation in China: The Formation and Development of SME Clusters in China';

const reportPage: PageRecord = { kind: 'report', url: base, fullTextUrl: `${base}report/`, description: 'SME clusters in China have boomed over the past 20 years.', references: ['Shao, J. Y. (2007). The SMEs cluster & the development of economics in China. Science Press.'] };
const sectionPage: PageRecord = { kind: 'section', title: 'Case study 3: Innovation and policy in Zhongguancun Science Park', url: `${base}zhongguancun/`, reportUrl: base, description: 'Zhongguancun Science Park in Beijing.' };
const figurePage: PageRecord = { kind: 'figure', title: 'Figure E1. Places the report discusses', url: `${base}figures/map/`, reportUrl: base, description: 'A map of China.' };
const glossaryPage: PageRecord = { kind: 'none', title: 'Glossary', url: `${base}glossary/`, description: 'Terms used in the report.' };
const parts = [
	{ title: 'The formation and development of SME clusters in China', url: `${base}formation/`, position: 1 },
	{ title: 'Case study 3: Innovation and policy in Zhongguancun Science Park', url: `${base}zhongguancun/`, position: 7 },
];

const key = (t: MetaTag) => ('name' in t ? t.name : t.property);
const values = (tags: MetaTag[], name: string) => tags.filter((t) => key(t) === name).map((t) => t.content);

describe('metaTags', () => {
	test('describe the report as one report record, with its institution and no container, its full text at /report/', () => {
		const tags = metaTags(report, reportPage);
		expect(values(tags, 'citation_title')).toEqual([fullTitle]);
		expect(values(tags, 'citation_inbook_title')).toEqual([]);
		expect(values(tags, 'citation_technical_report_institution')).toEqual(['SMU']);
		expect(values(tags, 'citation_publication_date')).toEqual(['2026/11/28']);
		expect(values(tags, 'citation_language')).toEqual(['en']);
		expect(values(tags, 'citation_abstract_html_url')).toEqual([base]);
		expect(values(tags, 'citation_fulltext_html_url')).toEqual([`${base}report/`]);
		expect(values(tags, 'description')).toEqual([reportPage.description]);
		expect(values(tags, 'DC.title')).toEqual([fullTitle]);
		expect(values(tags, 'og:type')).toEqual(['article']);
	});
	test('give the report, a section and a figure one address in every tag that names one', () => {
		for (const page of [reportPage, sectionPage, figurePage]) {
			const tags = metaTags(report, page);
			for (const name of ['citation_public_url', 'citation_abstract_html_url', 'DC.identifier', 'og:url']) expect(values(tags, name), name).toEqual([page.url]);
		}
	});
	test('describe a section and a figure as parts of the report, with the report as container and its institution as publisher', () => {
		for (const page of [sectionPage, figurePage]) {
			const tags = metaTags(report, page);
			expect(values(tags, 'citation_title')).toEqual([page.title]);
			expect(values(tags, 'citation_inbook_title')).toEqual([fullTitle]);
			expect(values(tags, 'citation_publisher')).toEqual(['SMU']);
			expect(values(tags, 'citation_technical_report_institution')).toEqual([]);
			expect(values(tags, 'citation_publication_date')).toEqual(['2026/11/28']);
			expect(values(tags, 'citation_fulltext_html_url')).toEqual([page.url]);
			expect(values(tags, 'DC.relation.isPartOf')).toEqual([base]);
			expect(values(tags, 'description')).toEqual([page.description]);
		}
	});
	test('give a page that is not a work (glossary, notes, references, 404) no citation_* and no Dublin Core record', () => {
		const tags = metaTags(report, glossaryPage);
		expect(tags.filter((t) => /^(citation_|DC\.)/.test(key(t)))).toEqual([]);
		expect(values(tags, 'og:title')).toEqual(['Glossary']);
		expect(values(tags, 'og:type')).toEqual(['website']);
		expect(values(tags, 'description')).toEqual([glossaryPage.description]);
	});
	test('never invent an author: none while the report names none, and exactly its authors in order once it does', () => {
		for (const page of [reportPage, sectionPage, figurePage]) {
			const tags = metaTags(report, page);
			expect(tags.filter((t) => /author|creator/i.test(key(t)))).toEqual([]);
			expect(values(metaTags(authored, page), 'citation_author')).toEqual(['Li, Wei', 'SMU Cluster Research Group']);
			expect(values(metaTags(authored, page), 'DC.creator')).toEqual(['Li, Wei', 'SMU Cluster Research Group']);
		}
	});
	test('leave out DC.type, which Zotero would take as the kind of report', () => {
		for (const page of [reportPage, sectionPage]) expect(values(metaTags(report, page), 'DC.type')).toEqual([]);
	});
	test('carry plain text, to be escaped once when the page is written: "&" stays "&"', () => {
		expect(values(metaTags(report, reportPage), 'citation_reference')).toEqual([reportPage.references![0]]);
	});
	test('refuse text that still holds a {placeholder} or is already escaped', () => {
		expect(() => metaTags(report, { ...reportPage, description: 'Cities grow by around {growth.benchmark} a year.' })).toThrow('the page description still contains the placeholder {growth.benchmark}');
		expect(() => metaTags(report, { ...reportPage, references: ['Asheim, B. T., &amp;#38; Isaksen, A. (2002).'] })).toThrow('a citation_reference contains the HTML entity &amp;');
		expect(() => metaTags(report, { ...sectionPage, title: 'R&#38;D' })).toThrow('the page title contains the HTML entity &#38;');
	});
});

const tagsOf = (tags: MetaTag[]) => tags.map((t) => ({ key: key(t), content: t.content }));

describe('what Zotero files from the tags, by its Embedded Metadata translator’s rules', () => {
	test('files the report as a report, with its title, institution, date and one URL', () => {
		expect(zoteroItem(tagsOf(metaTags(report, reportPage)))).toEqual({ itemType: 'report', title: fullTitle, publisher: 'SMU', date: '2026/11/28', url: base, language: 'en', creators: [] });
	});
	test('files a section and a figure as book sections of the report, dated, at their own addresses', () => {
		for (const page of [sectionPage, figurePage])
			expect(zoteroItem(tagsOf(metaTags(report, page)))).toEqual({ itemType: 'bookSection', title: page.title, bookTitle: fullTitle, publisher: 'SMU', date: '2026/11/28', url: page.url, language: 'en', creators: [] });
	});
	test('files the report’s authors, in order, and no one else', () => {
		for (const page of [reportPage, sectionPage, figurePage])
			expect(zoteroItem(tagsOf(metaTags(authored, page))).creators).toEqual([
				{ name: 'Li, Wei', creatorType: 'author' },
				{ name: 'SMU Cluster Research Group', creatorType: 'author' },
			]);
	});
	test('follows the translator: the last type-giving tag sets the type, so an institution after the container makes a report', () => {
		const section = tagsOf(metaTags(report, sectionPage));
		const institution = { key: 'citation_technical_report_institution', content: 'SMU' };
		expect(zoteroItem([...section, institution]).itemType).toBe('report');
		expect(zoteroItem([institution, ...section]).itemType).toBe('bookSection');
	});
});

describe('jsonLd', () => {
	test('describes the report as a schema.org Report with its sections as numbered parts', () => {
		expect(jsonLd(report, reportPage, parts)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Report',
			'@id': base,
			name: fullTitle,
			headline: 'Clusters and Innovation in China',
			alternativeHeadline: 'The Formation and Development of SME Clusters in China',
			creativeWorkStatus: 'Draft report',
			url: base,
			description: reportPage.description,
			publisher: { '@type': 'Organization', name: 'SMU' },
			datePublished: '2026-11-28',
			dateModified: '2026-11-28',
			inLanguage: 'en',
			version: '1.0.0',
			license: 'https://creativecommons.org/licenses/by/4.0/',
			hasPart: [
				{ '@type': 'Chapter', name: parts[0]!.title, url: parts[0]!.url, position: 1 },
				{ '@type': 'Chapter', name: parts[1]!.title, url: parts[1]!.url, position: 7 },
			],
		});
	});
	test('describes a section as a Chapter that is part of the report, at its position', () => {
		const ld = jsonLd(authored, sectionPage, parts)!;
		expect(ld['@type']).toBe('Chapter');
		expect(ld.position).toBe(7);
		expect(ld.isPartOf).toMatchObject({ '@type': 'Report', '@id': base, name: fullTitle });
		expect(ld.author).toEqual([
			{ '@type': 'Person', name: 'Wei Li', familyName: 'Li', givenName: 'Wei' },
			{ '@type': 'Organization', name: 'SMU Cluster Research Group' },
		]);
	});
	test('names no author while the report names none, and leaves no placeholder', () => {
		for (const page of [reportPage, sectionPage]) {
			const json = JSON.stringify(jsonLd(report, page, parts));
			expect(json).not.toMatch(/"author"|"creator"/);
			expect(json).not.toMatch(/\{[a-z-]+(\.[a-z-]+)+\}/);
		}
		expect(() => jsonLd(report, { ...reportPage, description: 'around {growth.benchmark} a year' }, parts)).toThrow('placeholder {growth.benchmark}');
	});
	test('gives nothing for a page that is not a work', () => {
		expect(jsonLd(report, glossaryPage, parts)).toBeUndefined();
	});
});

describe('authorWarning', () => {
	test('says, in one line, what a report without authors costs and how to name them', () => {
		const warning = authorWarning(report)!;
		expect(warning).not.toContain('\n');
		expect(warning).toContain('Google Scholar will not index the site');
		expect(warning).toContain('"authors:" in content/report.yaml');
	});
	test('is silent once the report names an author', () => {
		expect(authorWarning(authored)).toBeUndefined();
	});
});
