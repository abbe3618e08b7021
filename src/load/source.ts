import { readAllCollections, type CollectionName, type LoadedCollection, type LoadedEntry } from './collections';
import { dataSets, type DataSetName, type ReportData } from './data-sets';
import { contentFiles, linksOutside, readText } from './files';
import { readLockFile, type PermalinkLock } from './lock';
import { collecting, ContentError, type ContentProblem } from './problems';
import type { SectionScan } from './mdx';
import { sectionScan, splitFrontmatter } from './sections';
import { parseYaml, pathOf } from './yaml';
import type { Erratum } from '../schemas/erratum';
import type { Reference } from '../schemas/reference';
import type { Report } from '../schemas/report';
import type { SectionData } from '../schemas/section';

/** A section as the model reads it: its validated frontmatter and what one pass over its MDX found. */
export interface SectionSource {
	file: string;
	data: SectionData;
	/** The MDX, frontmatter blanked. */
	body: string;
	scan: SectionScan;
	digest: string;
}

/** Everything an author writes, validated file by file: what the report model is built from. */
export interface ReportSource {
	report: Report;
	references: Reference[];
	errata: Erratum[];
	/** In reading order. */
	sections: SectionSource[];
	data: ReportData;
	/** Every page URL and anchor ever published (permalinks.lock.json), with the line of each page in the file. */
	lock: PermalinkLock;
	lockLine(path: string): number | undefined;
	/** A digest of every entry: two sources with the same digest hold the same content. */
	digest: string;
	/**
	 * A problem found after loading (by the model's cross-file checks) with the line of its entry's field
	 * filled in, when it has none and its file has that field.
	 */
	located(problem: ContentProblem): ContentProblem;
}

/** The entries of a collection, as Astro's `getCollection` or the loaders give them. */
export type CollectionEntries = Record<CollectionName, ReadonlyArray<Pick<LoadedEntry, 'id' | 'data' | 'body' | 'filePath' | 'digest'>>>;

/** Entries of a list collection in the order of their file, without the position the store keeps. */
function inFileOrder<T>(entries: ReadonlyArray<{ data: Record<string, unknown> }>): T[] {
	return [...entries].sort((a, b) => (a.data.position as number) - (b.data.position as number)).map(({ data: { position: _, ...rest } }) => rest as T);
}

const single = <T>(entries: ReadonlyArray<{ data: Record<string, unknown> }>): T | undefined => entries[0]?.data as T | undefined;

/** The folders of the project whose files are read or published as they are. */
const authoredFolders = ['content/', 'public/'] as const;

/**
 * The report's source from its collections' entries. `root` is where the files are (for the lines of
 * problems found later). Throws a ContentError when a file the report needs is missing or empty, when the
 * permalink lock cannot be read, or when content/ or public/ holds a link out of the project; with the
 * problems the loaders found (`loadProblems`), each file named once.
 */
export function sourceFromEntries(root: string, collections: CollectionEntries, loadProblems: ContentProblem[] = []): ReportSource {
	const problems: ContentProblem[] = [...loadProblems];
	const named = new Set(loadProblems.map((p) => p.file));
	problems.push(...linksOutside(root, authoredFolders).filter((p) => !named.has(p.file)));
	const lockRead = collecting(problems, () => readLockFile(root));
	if (problems.length || !lockRead) throw new ContentError(problems);
	const record = <T>(name: CollectionName, file: string): T => {
		const value = single<T>(collections[name]);
		if (value === undefined) problems.push({ file, message: 'cannot be read (is it missing?)' });
		return value as T;
	};
	const report = record<Report>('report', contentFiles.report);
	const data = {
		// A data set the report leaves out is absent: the model refuses a figure or number that needs it.
		...Object.fromEntries((Object.keys(dataSets) as DataSetName[]).flatMap((name) => {
			const value = single(collections[name]);
			return value === undefined ? [] : [[name, value]];
		})),
		facts: inFileOrder<ReportData['facts'][number]>(collections.facts),
		figures: inFileOrder<ReportData['figures'][number]>(collections.figures),
		glossary: inFileOrder<ReportData['glossary'][number]>(collections.glossary),
	};
	if (problems.length) throw new ContentError(problems);
	const sections = collections.sections
		.map((e): SectionSource => {
			const section = e.data as SectionData;
			return { file: e.filePath!, data: section, body: e.body ?? '', scan: sectionScan(section.id, e.body ?? '', e.digest!), digest: e.digest! };
		})
		.sort((a, b) => a.data.order - b.data.order);
	const digest = Object.entries(collections)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([name, entries]) => `${name}:${entries.map((e) => `${e.id}=${e.digest}`).sort().join(',')}`)
		.join('|');
	return {
		lock: lockRead.lock,
		lockLine: lockRead.lineOf,
		report,
		references: inFileOrder<Reference>(collections.references),
		errata: inFileOrder<Erratum>(collections.errata),
		sections,
		data: data as ReportData,
		digest: `${digest}|lock:${JSON.stringify(lockRead.lock)}`,
		located: (p) => (p.line !== undefined ? p : { ...p, ...lineOfField(root, p) }),
	};
}

/**
 * The line of a problem's entry and field in its file, read again from the file: only a problem asks, so
 * the lines of every field need not be kept. A section's field is in its frontmatter, from line 2.
 */
function lineOfField(root: string, p: ContentProblem): { line?: number } {
	let text: string;
	try {
		text = readText(root, p.file);
	} catch {
		return {};
	}
	const section = p.file.endsWith('.mdx') ? splitFrontmatter(text) : undefined;
	let parsed: ReturnType<typeof parseYaml>;
	try {
		parsed = parseYaml(section ? section.yaml : text, p.file);
	} catch {
		return {};
	}
	const path = pathOf(p.field);
	let line: number | undefined;
	if (Array.isArray(parsed.value)) {
		const index = (parsed.value as Array<{ id?: unknown } | null>).findIndex((e) => e?.id === p.entry);
		line = index < 0 ? undefined : (parsed.lineOfPath([index, ...path]) ?? parsed.lineOf(index));
	} else line = parsed.lineOfPath(path);
	if (line === undefined) return {};
	return { line: section ? line + 1 : line };
}

/** The report's source from loaded collections; throws a ContentError with every problem they hold. */
export function sourceFromLoaded(root: string, collections: Record<CollectionName, LoadedCollection>): ReportSource {
	const problems = Object.values(collections).flatMap((c) => c.problems);
	return sourceFromEntries(root, Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, c.entries])) as unknown as CollectionEntries, problems);
}

/** Loads all content at `root`; every file is read even when an earlier one fails, so one run shows all problems. */
export function loadReportSource(root: string): ReportSource {
	return sourceFromLoaded(root, readAllCollections(root));
}
