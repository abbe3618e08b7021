import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { z } from 'zod';
import { contentFiles, listFiles, readText } from './files';
import { dataSets } from './data-sets';
import { collecting, ContentError, type ContentProblem } from './problems';
import { readSectionFile, rememberScan } from './sections';
import { validateList, validateRecord } from './yaml';
import { erratumSchema } from '../schemas/erratum';
import { factSchema } from '../schemas/fact';
import { figureSpecSchema } from '../schemas/figure';
import { glossaryTermSchema } from '../schemas/glossary-term';
import { referenceSchema } from '../schemas/reference';
import { reportSchema } from '../schemas/report';

/** A YAML file holding one record (`report.yaml`, a data set): one entry, named after its collection. */
export interface RecordCollection {
	kind: 'record';
	file: string;
	schema: z.ZodType;
	/** A data set: a report that draws and quotes nothing from it may leave its file out. */
	optional?: boolean;
}

/** A YAML list of entries that each carry an `id` (`references.yaml`): one entry each, in the file's order. */
export interface ListCollection {
	kind: 'list';
	file: string;
	schema: z.ZodType;
}

/** The sections: one MDX file each in a folder, compiled by @astrojs/mdx when a page renders it. */
export interface SectionCollection {
	kind: 'sections';
	folder: string;
}

export type CollectionDefinition = RecordCollection | ListCollection | SectionCollection;

/**
 * Every collection of the report: what `src/content.config.ts` declares to Astro, and what the tests and
 * scripts read straight from a folder. One table, so both read the same files the same way.
 */
export const reportCollections = {
	report: { kind: 'record', file: contentFiles.report, schema: reportSchema },
	references: { kind: 'list', file: contentFiles.references, schema: referenceSchema },
	errata: { kind: 'list', file: contentFiles.errata, schema: erratumSchema },
	glossary: { kind: 'list', file: contentFiles.glossary, schema: glossaryTermSchema },
	facts: { kind: 'list', file: contentFiles.facts, schema: factSchema },
	figures: { kind: 'list', file: contentFiles.figures, schema: figureSpecSchema },
	...(Object.fromEntries(Object.entries(dataSets).map(([name, set]) => [name, { kind: 'record', file: set.file, schema: set.schema, optional: true }])) as unknown as {
		[K in keyof typeof dataSets]: RecordCollection;
	}),
	sections: { kind: 'sections', folder: contentFiles.sections },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof reportCollections;

/**
 * One loaded entry, in the shape Astro's data store keeps and `getCollection` returns. A list entry's data
 * carries its `position` in the file: the store returns entries by id, the report reads them in the file's order.
 */
export interface LoadedEntry {
	id: string;
	data: Record<string, unknown>;
	/** A section's MDX, its frontmatter blanked so that lines are the file's lines. */
	body?: string;
	/** Relative to the project root. */
	filePath: string;
	/** Changes whenever the entry does: what caches of derived work are keyed on. */
	digest: string;
}

/** What loading one collection gives: the entries that hold, and the problems of those that do not. */
export interface LoadedCollection {
	entries: LoadedEntry[];
	problems: ContentProblem[];
}

/** A short digest of a text: stable across runs and machines. */
export const digestOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** Strings Astro's data store reads as image imports (`__ASTRO_IMAGE_…`): content must never name a module to import. */
const imageImportPrefix = '__ASTRO_IMAGE_';

/** Problems for any text in the data that Astro would take for an import; such an entry is never stored. */
function importLikeText(data: unknown, where: Omit<ContentProblem, 'message'>): ContentProblem[] {
	const found: ContentProblem[] = [];
	const walk = (value: unknown, path: string[]) => {
		if (typeof value === 'string') {
			if (value.startsWith(imageImportPrefix)) found.push({ ...where, ...(path.length ? { field: path.join('.') } : {}), message: `starts with "${imageImportPrefix}", which Astro reads as a file to import; write the text otherwise` });
		} else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
	};
	walk(data, []);
	return found;
}

/**
 * Reads one collection from the project at `root` (a file URL ending in `/`): every file is read and
 * validated, every problem collected. Pure but for reading the files: the Astro loaders and the tests share it.
 */
export function readCollection(root: string, definition: CollectionDefinition, name: string): LoadedCollection {
	const problems: ContentProblem[] = [];
	const entries: LoadedEntry[] = [];
	const keep = (entry: LoadedEntry) => {
		const wrong = importLikeText(entry.data, { file: entry.filePath, entry: definition.kind === 'record' ? undefined : entry.id });
		if (wrong.length) problems.push(...wrong);
		else entries.push(entry);
	};
	if (definition.kind === 'sections') {
		const listed = collecting(problems, () => listFiles(root, definition.folder, '.mdx'));
		problems.push(...(listed?.problems ?? []));
		const names = listed?.names ?? [];
		for (const fileName of names) {
			const file = `${definition.folder}${fileName}`;
			const section = collecting(problems, () => {
				const text = readText(root, file);
				return { text, ...readSectionFile(text, file) };
			});
			if (!section) continue;
			const digest = digestOf(section.text);
			rememberScan(section.data.id, digest, section.scan);
			keep({ id: section.data.id, data: section.data, body: section.body, filePath: file, digest });
		}
		return { entries, problems };
	}
	const file = definition.file;
	if (definition.kind === 'record' && definition.optional && !existsSync(new URL(file, root))) return { entries, problems };
	collecting(problems, () => {
		const text = readText(root, file);
		if (definition.kind === 'record') {
			const { record } = validateRecord(text, file, definition.schema);
			keep({ id: name, data: record as Record<string, unknown>, filePath: file, digest: digestOf(text) });
		} else {
			const { entries: list } = validateList(text, file, definition.schema);
			list.forEach((item, position) => {
				const data = { ...(item as Record<string, unknown>), position };
				keep({ id: String((item as { id: string }).id), data, filePath: file, digest: digestOf(JSON.stringify(data)) });
			});
		}
	});
	return { entries, problems };
}

/** Every collection of the project at `root`, read as the Astro loaders read them. */
export function readAllCollections(root: string): Record<CollectionName, LoadedCollection> {
	return Object.fromEntries(Object.entries(reportCollections).map(([name, definition]) => [name, readCollection(root, definition, name)])) as Record<CollectionName, LoadedCollection>;
}

/** Throws the problems of loaded collections, all of them, as one ContentError. */
export function throwProblems(collections: Partial<Record<string, LoadedCollection>>): void {
	const problems = Object.values(collections).flatMap((c) => c?.problems ?? []);
	if (problems.length) throw new ContentError(problems);
}
