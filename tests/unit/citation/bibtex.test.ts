// Runs real BibTeX (Debian's texlive) with plain.bst over the report's and every section's .bib, as a citer
// would. The tool is found or installed like the site tests' Chromium; when it cannot be, the test fails
// with the command to install it. It never skips.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bibtex as bibtexTool, ensureTools } from '../../../scripts/ensure-tools.mjs';
import { reportItem, sectionItem } from '../../../src/citation';
import { toBibtex } from '../../../src/citation/exports';
import { figureToCsl } from '../../../src/site/figure-citation';
import type { Report } from '../../../src/schemas/report';
import { citableSections, loadReport } from './content';

const base = 'https://example.org/reports/china-clusters/';
const report = loadReport();
const sections = citableSections();
let bibtex = '';

beforeAll(() => {
	bibtex = (ensureTools([bibtexTool]) as Record<string, string>).BibTeX!;
	const plain = spawnSync('kpsewhich', ['plain.bst'], { encoding: 'utf8' });
	if (!plain.stdout?.trim()) throw new Error('BibTeX is installed but plain.bst is not: sudo apt-get install -y texlive-base');
}, 300_000);

/** Runs `bibtex` with plain.bst over the given .bib files; returns its warnings and the .bbl it wrote, on one line. */
function runBibtex(files: Record<string, string>): { warnings: string[]; bbl: string } {
	const dir = mkdtempSync(join(tmpdir(), 'bibtex-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.bib`), text);
	writeFileSync(join(dir, 'cite.aux'), `\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{${Object.keys(files).join(',')}}\n`);
	const run = spawnSync(bibtex, ['cite'], { cwd: dir, encoding: 'utf8' });
	const log = readFileSync(join(dir, 'cite.blg'), 'utf8');
	if (run.status !== 0 && !/Warning--/.test(log)) throw new Error(`bibtex failed:\n${run.stdout}${log}`);
	expect(log).not.toMatch(/error message|I couldn't open/);
	const warnings = [...log.matchAll(/^Warning--(.*)$/gm)].map((m) => m[1]!);
	return { warnings, bbl: readFileSync(join(dir, 'cite.bbl'), 'utf8').replace(/\s+/g, ' ') };
}

const title = 'Clusters and innovation in {China:} {The} formation and development of {SME} clusters in {China}';
const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

const downloads = (r: Report) =>
	Object.fromEntries([
		['report', toBibtex(reportItem(r, `${base}report/`))],
		...sections.map((s) => [s.id, toBibtex(sectionItem(r, s, `${base}${s.id}/`))]),
		['figure-growth', toBibtex(figureToCsl(r, { id: 'growth', label: 'Figure E3', caption: 'Growth of cities with clusters' }, `${base}figures/growth/`))],
	]);

describe('the .bib downloads, run through real BibTeX with plain.bst', () => {
	test('uses a real bibtex', () => {
		expect(execFileSync(bibtex, ['--version'], { encoding: 'utf8' })).toMatch(/^BibTeX/);
	});
	test('draw no warning about an empty field while the report has no author, except that it has none', () => {
		const { warnings, bbl } = runBibtex(downloads(report));
		const keys = ['clusters2026', ...sections.map((s) => `clusters2026_${s.id.replace(/-/g, '_')}`), 'clusters2026_figure_growth'];
		expect(warnings.sort()).toEqual(keys.map((k) => `empty author in ${k}`).sort());
		// The braces that keep capitals through plain.bst's lowercasing are still in the .bbl; LaTeX drops them.
		expect(bbl).toContain(`\\bibitem{clusters2026} ${title}. \\newblock Draft report, SMU, November 2026.`);
		// plain.bst has no version field: a part's version is its note, printed last.
		for (const s of sections) expect(bbl).toMatch(new RegExp(`\\\\bibitem\\{clusters2026_${s.id.replace(/-/g, '_')}\\} [^\\\\]+\\. \\\\newblock In \\{\\\\em ${escape(title)}\\}\\. SMU, November 2026\\. \\\\newblock Version 1\\.0\\.0\\.`));
		expect(bbl).toContain(`\\bibitem{clusters2026_figure_growth} Figure {E3.} {Growth} of cities with clusters. \\newblock In {\\em ${title}}. SMU, November 2026. \\newblock Version 1.0.0.`);
	});
	test('draw no warning at all once the report names its authors, and print each section "In" the report', () => {
		const authored: Report = { ...report, authors: [{ family: 'Li', given: 'Wei' }, { family: 'Tan', given: 'Mei Ling' }] };
		const { warnings, bbl } = runBibtex(downloads(authored));
		expect(warnings).toEqual([]);
		expect(bbl).toContain(`\\bibitem{li2026} Wei Li and Mei~Ling Tan. \\newblock ${title}. \\newblock Draft report, SMU, November 2026.`);
		expect(bbl).toContain(`\\bibitem{li2026_zhongguancun} Wei Li and Mei~Ling Tan. \\newblock Case study 3: {Innovation} and policy in {Zhongguancun} {Science} {Park}. \\newblock In {\\em ${title}}. SMU, November 2026.`);
	});
});
