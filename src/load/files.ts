import { readdirSync, readFileSync } from 'node:fs';
import { ContentError } from './problems';

/** Where authors keep each kind of content, relative to the project root. */
export const contentFiles = {
	report: 'content/report.yaml',
	references: 'content/references.yaml',
	errata: 'content/errata.yaml',
	glossary: 'content/glossary.yaml',
	sections: 'content/sections/',
	facts: 'content/data/facts.yaml',
	figures: 'content/data/figures.yaml',
} as const;

/** A content file's text; a byte-order mark some editors write is dropped. */
export function readText(root: string, file: string): string {
	let text: string;
	try {
		text = readFileSync(new URL(file, root), 'utf8');
	} catch {
		throw new ContentError([{ file, message: 'cannot be read (is it missing?)' }]);
	}
	return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The names of the files in a content folder that end with `extension`, sorted. */
export function listFiles(root: string, dir: string, extension: string): string[] {
	try {
		return readdirSync(new URL(dir, root))
			.filter((name) => name.endsWith(extension))
			.sort();
	} catch {
		throw new ContentError([{ file: dir, message: 'is missing: the report needs its files there' }]);
	}
}
