import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { compactToXml } from '../../src/lib/csl-styles';
import { formatCitation, formatReferenceHtml, referenceToCsl, reportToCsl, sectionToCsl } from '../../src/lib/csl';
import type { Reference } from '../../src/schemas/reference';
import { sampleReport } from '../fixtures/report';

const report = sampleReport;
const url = 'https://example.org/reports/china-clusters/zhongguancun/';
const section = sectionToCsl(report, { id: 'zhongguancun', title: 'Case study 3: Innovation and policy in Zhongguancun Science Park' }, url);

describe('compactToXml', () => {
	test('turns the compact style form back into XML, escaping text and attributes', () => {
		expect(compactToXml({ n: 'text', a: { value: 'a & "b"' } })).toBe('<text value="a &amp; &quot;b&quot;"/>');
		expect(compactToXml({ n: 'info', c: [{ n: 'title', c: ['A < B'] }] })).toBe('<info><title>A &lt; B</title></info>');
	});
});

describe('formatCitation of a section while the report has no author', () => {
	const f = formatCitation(section);
	const style = (id: string) => f.styles.find((s) => s.id === id)!.text;
	test('leads with the section title and names the report, institution, version and URL in APA', () => {
		expect(style('apa')).toBe(
			'Case study 3: Innovation and policy in Zhongguancun Science Park. (2026). In Clusters and Innovation in China: The Formation and Development of SME Clusters in China (Version 1.0.0). SMU. https://example.org/reports/china-clusters/zhongguancun/',
		);
	});
	test('formats Chicago author-date and MLA from the packaged CSL styles', () => {
		expect(style('chicago-author-date')).toMatch(/^“Case Study 3: Innovation and Policy in Zhongguancun Science Park\.” 2026\. .*Clusters and Innovation in China.*SMU\. https:\/\/example\.org\/reports\/china-clusters\/zhongguancun\/\.$/);
		expect(style('modern-language-association')).toMatch(/^“Case Study 3: Innovation and Policy in Zhongguancun Science Park\.” .*Clusters and Innovation in China.*1\.0\.0.*SMU.*2026.*https:\/\/example\.org\/reports\/china-clusters\/zhongguancun\/\.$/);
		expect(style('harvard1')).toContain('SMU');
	});
	test('exports BibTeX that a real BibTeX parser reads without errors, with a title and URL', () => {
		const bib = parse(f.bibtex);
		expect(bib.errors).toEqual([]);
		expect(bib.entries).toHaveLength(1);
		expect(bib.entries[0].key).toBe('clusters2026_zhongguancun');
		expect(bib.entries[0].fields.title).toContain('Zhongguancun');
		expect(bib.entries[0].fields.url).toBe(url);
		expect(bib.entries[0].fields.booktitle).toContain('Clusters and Innovation in China');
	});
	test('exports RIS and CSL-JSON with the same title and URL', () => {
		expect(f.ris).toMatch(/^TY {2}- CHAP/m);
		expect(f.ris).toContain(`UR  - ${url}`);
		expect(JSON.parse(f.csl)[0]).toMatchObject({ title: section.title, URL: url });
	});
	test('is the same on every call: no access date or build time in it', () => {
		expect(formatCitation(section)).toEqual(f);
	});
});

describe('formatCitation of the whole report with an author', () => {
	test('leads with the author and cites it as a report of the institution', () => {
		const withAuthor = { ...report, authors: [{ family: 'Li', given: 'Wei' }] };
		const f = formatCitation(reportToCsl(withAuthor, 'https://example.org/'));
		expect(f.styles[0].text).toMatch(/^Li, W\. \(2026\)\. Clusters and Innovation in China/);
		expect(parse(f.bibtex).entries[0].type).toBe('techreport');
	});
});

describe('referenceToCsl and formatReferenceHtml', () => {
	const lo: Reference = {
		id: 'lo1989',
		type: 'article-journal',
		author: [{ family: 'Lo', given: 'C. P.' }],
		year: 1989,
		title: 'Recent Spatial Restructuring in Zhujiang Delta, South China',
		container: 'Annals of the Association of American Geographers',
		volume: '79',
		issue: '2',
		pages: '293–308',
	};
	test('maps a journal article to CSL-JSON', () => {
		expect(referenceToCsl(lo)).toMatchObject({ type: 'article-journal', 'container-title': 'Annals of the Association of American Geographers', page: '293–308', issued: { 'date-parts': [[1989]] } });
	});
	test('formats it in APA as HTML, journal in italics', () => {
		const html = formatReferenceHtml(lo);
		expect(html).toContain('Lo, C. P. (1989).');
		expect(html).toMatch(/<i>Annals of the Association of American Geographers<\/i>, <i>79<\/i>\(2\), 293–308/);
	});
});
