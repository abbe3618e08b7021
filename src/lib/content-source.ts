import { readdirSync } from 'node:fs';
import { ContentError, type ContentProblem, validateEntry } from './data-errors';
import { parseYaml, readText, validateList, validateRecord } from './yaml-data';
import { erratumSchema, type Erratum } from '../schemas/erratum';
import { referenceSchema, type Reference } from '../schemas/reference';
import { reportSchema, type Report } from '../schemas/report';
import { sectionSchema, type SectionData } from '../schemas/section';
import { loadData, type ReportData } from './data-source';

/** Where authors keep each kind of content, relative to the project root. */
export const contentFiles = {
	report: 'content/report.yaml',
	references: 'content/references.yaml',
	errata: 'content/errata.yaml',
	sections: 'content/sections/',
} as const;

/** A section file read from disk: its validated frontmatter and its MDX body. */
export interface SectionSource {
	file: string;
	data: SectionData;
	body: string;
	/** Line of the body's first line in the file (frontmatter comes before it). */
	bodyLine: number;
}

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a section file into its frontmatter and body and validates the frontmatter. */
export function readSectionFile(text: string, file: string): SectionSource {
	const match = frontmatter.exec(text);
	if (!match) throw new ContentError([{ file, line: 1, message: 'must start with frontmatter between two "---" lines' }]);
	const { value } = parseYaml(match[1], file);
	const result = validateEntry(sectionSchema, value, {
		file,
		entry: typeof (value as { id?: unknown })?.id === 'string' ? (value as { id: string }).id : undefined,
	});
	if (result.data === undefined) throw new ContentError(result.problems);
	return { file, data: result.data, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

export function loadReport(root: string): Report {
	return validateRecord(readText(root, contentFiles.report), contentFiles.report, reportSchema);
}

export function loadReferences(root: string): Reference[] {
	return validateList(readText(root, contentFiles.references), contentFiles.references, referenceSchema);
}

export function loadErrata(root: string): Erratum[] {
	return validateList(readText(root, contentFiles.errata), contentFiles.errata, erratumSchema);
}

/** Reads every section file, collecting the problems of all of them before failing. */
export function loadSections(root: string): SectionSource[] {
	const dir = new URL(contentFiles.sections, root);
	let listing: string[];
	try {
		listing = readdirSync(dir);
	} catch {
		throw new ContentError([{ file: contentFiles.sections, message: 'is missing: the report needs its section files there' }]);
	}
	const names = listing
		.filter((name) => name.endsWith('.mdx'))
		.sort();
	const problems: ContentProblem[] = [];
	const sections: SectionSource[] = [];
	for (const name of names) {
		const file = `${contentFiles.sections}${name}`;
		try {
			sections.push(readSectionFile(readText(root, file), file));
		} catch (error) {
			if (error instanceof ContentError) problems.push(...error.problems);
			else throw error;
		}
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
}

/** Loads all content; every file is read even when an earlier one fails, so one run shows all problems. */
export function loadReportSource(root: string): ReportSource {
	const problems: ContentProblem[] = [];
	const attempt = <T>(load: () => T): T | undefined => {
		try {
			return load();
		} catch (error) {
			if (error instanceof ContentError) {
				problems.push(...error.problems);
				return undefined;
			}
			throw error;
		}
	};
	const report = attempt(() => loadReport(root));
	const references = attempt(() => loadReferences(root));
	const errata = attempt(() => loadErrata(root));
	const sections = attempt(() => loadSections(root));
	const data = attempt(() => loadData(root));
	if (problems.length || !report || !references || !errata || !sections || !data) throw new ContentError(problems);
	return { report, references, errata, sections, data };
}
