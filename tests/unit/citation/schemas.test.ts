import { describe, expect, test } from 'vitest';
import { referenceSchema } from '../../../src/schemas/reference';
import { reportSchema } from '../../../src/schemas/report';
import { loadReport } from './content';

const message = 'must be a web address starting with http:// or https://, such as "https://example.org/"';
const webpage = (url: string) => referenceSchema.safeParse({ id: 'site', type: 'webpage', title: 'A site', url });

describe('the schemas of citable data', () => {
	test('accept http and https addresses', () => {
		expect(webpage('http://www.chinatorch.gov.cn/').success).toBe(true);
		expect(webpage('https://www.naturalearthdata.com/').success).toBe(true);
	});
	test('refuse any other scheme, saying what is wanted', () => {
		for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>', 'ftp://example.org/', 'www.example.org']) {
			const result = webpage(url);
			expect(result.success).toBe(false);
			expect(result.error!.issues[0]!.message).toBe(message);
		}
		const report = loadReport();
		const bad = reportSchema.safeParse({ ...report, licence: { name: 'CC BY 4.0', url: 'javascript:alert(1)' } });
		expect(bad.error!.issues[0]).toMatchObject({ path: ['licence', 'url'], message });
	});
	test('take the report\'s authors and editors as persons or an organisation', () => {
		const report = loadReport();
		expect(report.authors).toEqual([]);
		const named = reportSchema.parse({ ...report, authors: [{ family: 'Li', given: 'Wei' }, { literal: 'SMU Cluster Research Group' }], editors: [{ family: 'Tan' }] });
		expect(named.authors).toHaveLength(2);
		expect(named.editors).toEqual([{ family: 'Tan' }]);
		expect(reportSchema.safeParse({ ...report, authors: [{ name: 'Wei Li' }] }).success).toBe(false);
	});
	test('keep the report\'s title in sentence case for citations', () => {
		expect(loadReport().citationTitle).toBe('Clusters and innovation in China: The formation and development of SME clusters in China');
	});
});
