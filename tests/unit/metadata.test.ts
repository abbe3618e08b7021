import { describe, expect, test } from 'vitest';
import { metaTags, partJsonLd, reportJsonLd } from '../../src/lib/metadata';
import { sampleReport } from '../fixtures/report';

const report = sampleReport;
const content = (tags: ReturnType<typeof metaTags>, name: string) => tags.filter((t) => 'name' in t && t.name === name).map((t) => t.content);

describe('metaTags', () => {
	const page = { title: 'Case study 3', url: 'https://example.org/r/zhongguancun/', description: 'A summary.', kind: 'part' as const, references: ['Shao, J. Y. (2007). Title.'] };
	test('gives Highwire tags for a report item: title, dates with slashes, institution, language, URL and references', () => {
		const tags = metaTags(report, page);
		expect(content(tags, 'citation_title')).toEqual(['Case study 3']);
		expect(content(tags, 'citation_publication_date')).toEqual(['2026/11/28']);
		expect(content(tags, 'citation_online_date')).toEqual(['2026/11/29']);
		expect(content(tags, 'citation_technical_report_institution')).toEqual(['SMU']);
		expect(content(tags, 'citation_public_url')).toEqual(['https://example.org/r/zhongguancun/']);
		expect(content(tags, 'citation_inbook_title')).toEqual(['Clusters and Innovation in China: The Formation and Development of SME Clusters in China']);
		expect(content(tags, 'citation_reference')).toEqual(['Shao, J. Y. (2007). Title.']);
	});
	test('names no author while the report has none, and one tag per author once it has them', () => {
		expect(content(metaTags(report, page), 'citation_author')).toEqual([]);
		const withAuthors = { ...report, authors: [{ family: 'Li', given: 'Wei' }, { literal: 'SMU Cluster Group' }] };
		expect(content(metaTags(withAuthors, page), 'citation_author')).toEqual(['Li, Wei', 'SMU Cluster Group']);
		expect(content(metaTags(withAuthors, page), 'DC.creator')).toEqual(['Li, Wei', 'SMU Cluster Group']);
	});
	test('keeps Dublin Core as a fallback without DC.type', () => {
		const tags = metaTags(report, page);
		expect(content(tags, 'DC.publisher')).toEqual(['SMU']);
		expect(content(tags, 'DC.type')).toEqual([]);
	});
	test('gives the whole report its full title', () => {
		expect(content(metaTags(report, { ...page, kind: 'report' }), 'citation_title')).toEqual(['Clusters and Innovation in China: The Formation and Development of SME Clusters in China']);
	});
});

describe('JSON-LD', () => {
	test('describes the report with its sections as parts, and a section as part of the report', () => {
		const ld = reportJsonLd(report, 'An abstract.', 'https://example.org/r/', [{ title: 'Formation', url: 'https://example.org/r/formation/', position: 1 }]);
		expect(ld).toMatchObject({ '@type': 'Report', url: 'https://example.org/r/', publisher: { name: 'SMU' }, hasPart: [{ url: 'https://example.org/r/formation/', position: 1 }] });
		expect(ld).not.toHaveProperty('author');
		const part = partJsonLd(report, 'https://example.org/r/', { title: 'Formation', url: 'https://example.org/r/formation/', description: 'd', position: 1 });
		expect(part).toMatchObject({ isPartOf: { '@type': 'Report', url: 'https://example.org/r/' } });
	});
});
