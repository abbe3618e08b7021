import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codePointLabel } from '../schemas/ids';
import { ContentError, type ContentProblem } from './problems';

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

/** What is said of a file (or folder) that is a link to somewhere outside the project; where it points is never said. */
export const outsideLinkMessage = 'is a link to a file outside the project, which the site never reads or publishes; put the file itself here instead of the link';

/** True when `path` (or a folder on the way to it) resolves to somewhere outside the project at `root`. */
function leavesProject(root: string, path: string): boolean {
	const base = realpathSync(fileURLToPath(root));
	const real = realpathSync(path);
	const rel = relative(base, real);
	return rel === '..' || rel.startsWith(`..${sep}`) || rel.startsWith(sep);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A content file's text; a byte-order mark some editors write is dropped. A file that is a link out of the
 * project, or whose bytes are not UTF-8, is refused (its contents are never quoted).
 */
export function readText(root: string, file: string): string {
	// Joined, not resolved as a URL: a file name may hold `#` or `?`.
	const path = join(fileURLToPath(root), file);
	let bytes: Buffer;
	try {
		if (leavesProject(root, path)) throw new ContentError([{ file, message: outsideLinkMessage }]);
		bytes = readFileSync(path);
	} catch (error) {
		if (error instanceof ContentError) throw error;
		throw new ContentError([{ file, message: 'cannot be read (is it missing?)' }]);
	}
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		const lossy = new TextDecoder('utf-8').decode(bytes);
		const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
		throw new ContentError([{ file, line, message: 'is not UTF-8 text (this line holds bytes that are not); save the file as UTF-8' }]);
	}
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const hidden = hiddenCharacters(body);
	if (hidden.length) throw new ContentError(hidden.map((h) => ({ file, ...h })));
	return body;
}

/** Names of the invisible characters authors meet most (pasted from a terminal, a PDF or a spoofed text). */
const characterNames: Record<number, string> = {
	0x00: 'NUL', 0x07: 'BEL', 0x08: 'BACKSPACE', 0x0b: 'VERTICAL TAB', 0x0c: 'FORM FEED', 0x1b: 'ESC', 0x7f: 'DELETE',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** A character as a message names it: `U+001B (ESC)`. */
export const codePoint = (c: string) => {
	const name = characterNames[c.codePointAt(0)!];
	return `${codePointLabel(c)}${name ? ` (${name})` : ''}`;
};

/** Control characters (C0 but tab, line feed and carriage return; DEL; C1) and the bidirectional embeddings, overrides and isolates. */
const hiddenCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Characters no text of the report should hold, one problem for each line that has any: control characters
 * (from a terminal or a binary file) show as nothing or break the page, and bidirectional overrides make text
 * read differently from what it says (a title that shows one thing and is another).
 */
export function hiddenCharacters(text: string): Array<{ line: number; message: string }> {
	const found = new Map<number, string>();
	let line = 1;
	let newline = text.indexOf('\n');
	for (const m of text.matchAll(hiddenCharacter)) {
		// Lines counted as the matches go, so a file full of such characters costs one pass.
		while (newline !== -1 && newline < m.index) {
			line++;
			newline = text.indexOf('\n', newline + 1);
		}
		if (found.has(line)) continue;
		const bidi = m[0] >= '\u202a';
		found.set(line, bidi ? `holds the character ${codePoint(m[0])}, which makes the text around it read in another order than it is written; delete it` : `holds the control character ${codePoint(m[0])}, which no page can show; delete it`);
	}
	return [...found].map(([line, message]) => ({ line, message }));
}

/** Files an editor or the system keeps beside an author's (`.#x.mdx`, `x.mdx~`, `.x.swp`, `#x#`, `.DS_Store`): never content. */
export const isEditorFile = (name: string) => name.startsWith('.') || name.startsWith('#') || name.endsWith('~') || name.endsWith('#');

/**
 * The files in a content folder that end with `extension`, sorted; editors' and hidden files are left out, and
 * anything else (another kind of file, a folder) is a problem: an author who saved a section as `.md` learns why
 * it does not show.
 */
export function listFiles(root: string, dir: string, extension: string): { names: string[]; problems: ContentProblem[] } {
	let entries: string[];
	try {
		entries = readdirSync(new URL(dir, root)).filter((name) => !isEditorFile(name));
	} catch {
		throw new ContentError([{ file: dir, message: 'is missing: the report needs its files there' }]);
	}
	const names: string[] = [];
	const problems: ContentProblem[] = [];
	for (const name of entries.sort()) {
		const path = join(fileURLToPath(root), dir, name);
		let folder = false;
		try {
			folder = lstatSync(path).isDirectory();
		} catch {
			/* gone since the listing: read (and reported) as missing */
		}
		if (folder) problems.push({ file: `${dir}${name}`, message: `is a folder; ${dir} holds one ${extension} file for each section and nothing else` });
		else if (name.endsWith(extension)) names.push(name);
		else {
			const stem = name.replace(/\.[^.]*$/, '');
			problems.push({ file: `${dir}${name}`, message: `is not an ${extension} file, so it would not be part of the report; a section is written in MDX: rename it to ${stem}${extension}, or move it out of ${dir}` });
		}
	}
	return { names, problems };
}

/**
 * Every file or folder under the project's `dirs` (`content/`, `public/`) that is a link to somewhere outside
 * the project: such a file is neither read nor published (Astro would copy a link in public/ as the file it
 * points at).
 */
export function linksOutside(root: string, dirs: readonly string[]): ContentProblem[] {
	const found: ContentProblem[] = [];
	const walk = (dir: string) => {
		let names: string[];
		try {
			names = readdirSync(join(fileURLToPath(root), dir)).sort();
		} catch {
			return;
		}
		for (const name of names) {
			const file = `${dir}${name}`;
			const path = join(fileURLToPath(root), file);
			let st;
			try {
				st = lstatSync(path);
			} catch {
				continue;
			}
			if (st.isSymbolicLink()) {
				let outside: boolean | undefined;
				try {
					outside = leavesProject(root, path);
				} catch {
					// A link to nothing: an editor's lock (`.#x.mdx` points at "user@host.pid") is left alone.
					if (!isEditorFile(name)) found.push({ file, message: 'is a link to a file that does not exist; put the file itself here instead of the link' });
				}
				if (outside) found.push({ file, message: outsideLinkMessage });
				continue;
			}
			if (st.isDirectory()) walk(`${file}/`);
		}
	};
	for (const dir of dirs) walk(dir);
	return found;
}
