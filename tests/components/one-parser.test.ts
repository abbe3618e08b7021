import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { scanSummary } from '../../src/load/remark-report';
import { loadReportSource } from '../../src/load/source';

/**
 * The model's checks and the compiled page read one syntax tree: for every section of the report, what the
 * loader found (headings, citations, tags, links, with their lines) is what @astrojs/mdx's compilation saw.
 */
const root = new URL('../../', import.meta.url).href;
const source = loadReportSource(root);

describe('one parser', () => {
	test('the report has sections with headings, citations and tags to compare', () => {
		expect(source.sections.flatMap((s) => s.scan.headings).length).toBeGreaterThan(3);
		expect(source.sections.flatMap((s) => s.scan.citations).length).toBeGreaterThan(10);
	});
	for (const section of source.sections) {
		test(`${section.file}: the compiler sees the headings, citations, tags and links the model checked`, async () => {
			const path = fileURLToPath(new URL(section.file, root));
			const { reportScan } = (await import(/* @vite-ignore */ path)) as { reportScan: ReturnType<typeof scanSummary> };
			expect(reportScan, 'the remark plugin ran on this file').toBeDefined();
			expect(reportScan).toEqual(scanSummary(section.scan));
		});
	}
});
