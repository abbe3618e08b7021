import { ContentError, collecting, type ContentProblem, type LineOf, validateEntry } from './problems';
import { contentFiles, listFiles, readText } from './files';
import { parseYaml, pathOf, validateList, validateRecord } from './yaml';
import { dataSets, type ReportData } from './data-sets';
import { scanSection, type SectionScan } from './mdx';
import { erratumSchema, type Erratum } from '../schemas/erratum';
import { factSchema } from '../schemas/fact';
import { figureSpecSchema } from '../schemas/figure';
import { glossaryTermSchema } from '../schemas/glossary-term';
import { referenceSchema, type Reference } from '../schemas/reference';
import { reportSchema, type Report } from '../schemas/report';
import { sectionSchema, type SectionData } from '../schemas/section';

/** A section file read from disk: its validated frontmatter and what one pass over its MDX found. */
export interface SectionSource {
	file: string;
	data: SectionData;
	scan: SectionScan;
	/** The line of a frontmatter field. */
	lineOf: LineOf;
}

const frontmatter = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a section file into frontmatter and MDX, validates the frontmatter and scans the MDX. */
export function readSectionFile(text: string, file: string): SectionSource {
	const match = frontmatter.exec(text);
	if (!match) throw new ContentError([{ file, line: 1, message: 'must start with frontmatter between two "---" lines (id, title, order, summary)' }]);
	// Frontmatter starts on the file's second line: its lines are shifted by one, syntax errors included.
	let parsed: ReturnType<typeof parseYaml>;
	try {
		parsed = parseYaml(match[1], file);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		throw new ContentError(error.problems.map((p) => ({ ...p, ...(p.line ? { line: p.line + 1 } : {}) })));
	}
	const { value, lineOfPath } = parsed;
	const id = typeof (value as { id?: unknown })?.id === 'string' ? (value as { id: string }).id : undefined;
	const result = validateEntry(sectionSchema, value, { file, entry: id });
	// Frontmatter starts on the file's second line.
	const fieldLine = (field: string | undefined) => 1 + (lineOfPath(pathOf(field)) ?? 0) || 1;
	if (result.data === undefined) throw new ContentError(result.problems.map((p) => ({ ...p, line: fieldLine(p.field) })));
	// The frontmatter is blanked rather than cut, so that the MDX parser's lines are the file's lines.
	const body = match[0].replace(/[^\n]/g, '') + text.slice(match[0].length);
	const scan = scanSection(result.data.id, body);
	if (scan.problems.length) throw new ContentError(scan.problems.map((p) => ({ file, entry: result.data.id, line: p.line, message: p.message })));
	return { file, data: result.data, scan, lineOf: (_entry, field) => fieldLine(field) };
}

/** Reads every section file, collecting the problems of all of them before failing; in reading order. */
export function loadSections(root: string): SectionSource[] {
	const problems: ContentProblem[] = [];
	const sections: SectionSource[] = [];
	for (const name of listFiles(root, contentFiles.sections, '.mdx')) {
		const file = `${contentFiles.sections}${name}`;
		const section = collecting(problems, () => readSectionFile(readText(root, file), file));
		if (section) sections.push(section);
	}
	if (problems.length) throw new ContentError(problems);
	return sections.sort((a, b) => a.data.order - b.data.order);
}

/** Everything an author writes, validated file by file. */
export interface ReportSource {
	report: Report;
	references: Reference[];
	errata: Erratum[];
	sections: SectionSource[];
	data: ReportData;
	/**
	 * A problem found after loading (by the model's cross-file checks) with the line of its entry's field
	 * filled in, when it has none and its file has that field.
	 */
	located(problem: ContentProblem): ContentProblem;
}

/** Loads all content; every file is read even when an earlier one fails, so one run shows all problems. */
export function loadReportSource(root: string): ReportSource {
	const problems: ContentProblem[] = [];
	const lines = new Map<string, LineOf>();
	const record = <T>(file: string, schema: import('zod').ZodType<T>) =>
		collecting(problems, () => {
			const { record, lineOf } = validateRecord(readText(root, file), file, schema);
			lines.set(file, lineOf);
			return record as T;
		});
	const list = <T>(file: string, schema: import('zod').ZodType<T>) =>
		collecting(problems, () => {
			const { entries, lineOf } = validateList(readText(root, file), file, schema);
			lines.set(file, lineOf);
			return entries as T[];
		});
	const report = record(contentFiles.report, reportSchema);
	const references = list(contentFiles.references, referenceSchema);
	const errata = list(contentFiles.errata, erratumSchema);
	const sections = collecting(problems, () => loadSections(root));
	for (const s of sections ?? []) lines.set(s.file, s.lineOf);
	const data = {
		typology: record(dataSets.typology.file, dataSets.typology.schema),
		growth: record(dataSets.growth.file, dataSets.growth.schema),
		torch: record(dataSets.torch.file, dataSets.torch.schema),
		zhongguancun: record(dataSets.zhongguancun.file, dataSets.zhongguancun.schema),
		creative: record(dataSets.creative.file, dataSets.creative.schema),
		places: record(dataSets.places.file, dataSets.places.schema),
		facts: list(contentFiles.facts, factSchema),
		figures: list(contentFiles.figures, figureSpecSchema),
		glossary: list(contentFiles.glossary, glossaryTermSchema),
	};
	if (problems.length || !report || !references || !errata || !sections || Object.values(data).some((d) => d === undefined)) throw new ContentError(problems);
	const located = (p: ContentProblem): ContentProblem => {
		const line = p.line ?? lines.get(p.file)?.(p.entry, p.field);
		return line === undefined ? p : { ...p, line };
	};
	return { report, references, errata, sections, data: data as ReportData, located };
}
