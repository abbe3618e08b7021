// Typesets every .bib download with biblatex and biber (Debian's texlive), as a citer's LaTeX document would:
// pdfLaTeX writes the control file, real `biber` checks each entry against biblatex's data model
// (--validate-datamodel) and writes the .bbl, and pdfLaTeX prints the bibliography, read back from the PDF.
// The tools are found or installed like BibTeX; when they cannot be, the test fails with the command to run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { biber as biberTool, ensureTools } from '../../../scripts/ensure-tools.mjs';
import { reportItem, sectionItem } from '../../../src/citation';
import { toBibtex } from '../../../src/citation/exports';
import type { Report } from '../../../src/schemas/report';
import { figureToCsl } from '../../../src/site/figure-citation';
import { citableSections, loadReport } from './content';

const base = 'https://example.org/reports/china-clusters/';
const report = loadReport();
const sections = citableSections();
let biber = '';

beforeAll(() => {
	biber = (ensureTools([biberTool]) as Record<string, string>).biber!;
	const pdflatex = spawnSync('pdflatex', ['--version'], { encoding: 'utf8', timeout: 30_000 });
	const biblatex = spawnSync('kpsewhich', ['biblatex.sty', 'etoolbox.sty'], { encoding: 'utf8', timeout: 30_000 });
	if (pdflatex.status !== 0 || biblatex.stdout?.trim().split('\n').length !== 2) throw new Error(`biber is installed but pdfLaTeX or biblatex is not: sudo apt-get install -y ${biberTool.apt}`);
}, 600_000);

const downloads = (r: Report) => [
	toBibtex(reportItem(r, base)),
	...sections.map((s) => toBibtex(sectionItem(r, s, `${base}${s.id}/`))),
	toBibtex(figureToCsl(r, { id: 'growth', label: 'Figure E3', caption: 'Growth of cities with clusters' }, `${base}figures/growth/`)),
];

/** pdfLaTeX, biber, pdfLaTeX over one document citing every entry; biber's warnings, the .bbl and the PDF's text. */
async function typeset(bib: string): Promise<{ warnings: string[]; bbl: string; text: string }> {
	const dir = mkdtempSync(join(tmpdir(), 'biblatex-'));
	try {
		writeFileSync(join(dir, 'works.bib'), bib);
		writeFileSync(join(dir, 'cite.tex'), '\\documentclass{article}\n\\usepackage[english]{babel}\n\\usepackage[backend=biber,style=authoryear]{biblatex}\n\\addbibresource{works.bib}\n\\begin{document}\n\\nocite{*}\n\\printbibliography\n\\end{document}\n');
		const run = (command: string, args: string[]) => {
			const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', timeout: 120_000 });
			if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
			return result.stdout;
		};
		run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'cite.tex']);
		const log = run(biber, ['--validate-datamodel', 'cite']);
		run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'cite.tex']);
		const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(dir, 'cite.pdf'))) }).promise;
		const lines: string[] = [];
		for (let n = 1; n <= pdf.numPages; n++) {
			const content = await (await pdf.getPage(n)).getTextContent();
			lines.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
		}
		// Lines joined as a reader reads them: a word hyphenated at a line's end is one word.
		const text = lines.join('\n').replace(/-\n/g, '').replace(/\s+/g, ' ');
		return { warnings: [...log.matchAll(/^WARN - (.*)$/gm)].map((m) => m[1]!), bbl: readFileSync(join(dir, 'cite.bbl'), 'utf8'), text };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const keys = ['clusters2026', ...sections.map((s) => `clusters2026_${s.id.replace(/-/g, '_')}`), 'clusters2026_figure_growth'];
const parts = keys.slice(1);
const title = 'Clusters and innovation in China: The formation and development of SME clusters in China';

describe('the .bib downloads, typeset with biblatex and biber', () => {
	test('use a real biber', () => {
		expect(spawnSync(biber, ['--version'], { encoding: 'utf8', timeout: 30_000 }).stdout).toMatch(/^biber version: \d/);
	});
	test('hold only fields of biblatex\'s data model, but for BibTeX\'s `key`, and lack only the authors the report does not name', async () => {
		const { warnings } = await typeset(downloads(report).join('\n'));
		const expected = [
			...keys.map((k) => `Datamodel: Entry '${k}' (works.bib): Field 'key' invalid in data model - ignoring`),
			...keys.map((k) => `Datamodel: Entry '${k}' (works.bib): Missing mandatory field 'author'`),
			// biblatex's @incollection wants the editors of the collection: the report names none.
			...parts.map((k) => `Datamodel: Entry '${k}' (works.bib): Missing mandatory field 'editor'`),
		];
		expect(warnings.filter((w) => w.startsWith('Datamodel:')).sort()).toEqual(expected.sort());
		expect(warnings.filter((w) => !w.startsWith('Datamodel:'))).toEqual([]);
	}, 300_000);
	test('carry the language as langid, never as a printed language, the version of every work, and no access date', async () => {
		const { bbl, text } = await typeset(downloads(report).join('\n'));
		const entries = bbl.split('\\entry{').slice(1);
		expect(entries).toHaveLength(keys.length);
		for (const entry of entries) {
			expect(entry).toContain('\\field{langid}{english}');
			expect(entry).not.toMatch(/\\list\{language\}|\\field\{url(year|month|day)\}/);
		}
		expect(entries.find((e) => e.startsWith('clusters2026}'))).toContain('\\field{version}{1.0.0}');
		for (const k of parts) expect(entries.find((e) => e.startsWith(`${k}}`))).toContain('\\field{note}{Version 1.0.0}');
		// What the reader of the LaTeX document sees: each work's version, each part "In:" the report, no "en.".
		expect(text.match(/Version 1\.0\.0/g)).toHaveLength(keys.length);
		expect(text.match(new RegExp(`In: ${title}\\.`, 'g'))).toHaveLength(parts.length);
		expect(text).not.toMatch(/\ben\./);
	}, 300_000);
});
