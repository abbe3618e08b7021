import { ContentError, validateEntry } from './problems';
import { scanSection, type SectionScan } from './mdx';
import { processShared } from './shared';
import { parseYaml, pathOf } from './yaml';
import { sectionSchema, type SectionData } from '../schemas/section';

/**
 * Frontmatter fields @astrojs/mdx turns into code (`layout` is imported as a module), refused by the loader
 * and again by the compiler's guard (src/load/remark-report.ts), each with this message.
 */
export const codeFields = ['layout'] as const;
export const codeFieldMessage = 'is not a section field: @astrojs/mdx would import it as code. A section’s frontmatter holds id, title, short, order, summary and aliases';

const frontmatter = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A section file split and checked: its validated frontmatter, its MDX, and what one pass over the MDX found. */
export interface SectionFile {
	data: SectionData;
	/** The MDX with the frontmatter blanked (its lines kept empty), so that lines are the file's lines. */
	body: string;
	scan: SectionScan;
}

/** The frontmatter's YAML and the line it starts on, or undefined when the file has none. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
	const match = frontmatter.exec(text);
	if (!match) return undefined;
	// The frontmatter is blanked rather than cut, so that the MDX parser's lines are the file's lines.
	return { yaml: match[1]!, body: match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) };
}

/** Splits a section file into frontmatter and MDX, validates the frontmatter and scans the MDX; throws every problem. */
export function readSectionFile(text: string, file: string): SectionFile {
	const parts = splitFrontmatter(text);
	if (!parts) throw new ContentError([{ file, line: 1, message: 'must start with frontmatter between two "---" lines (id, title, order, summary)' }]);
	// Frontmatter starts on the file's second line: its lines are shifted by one, syntax errors included.
	let parsed: ReturnType<typeof parseYaml>;
	try {
		parsed = parseYaml(parts.yaml, file);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		throw new ContentError(error.problems.map((p) => ({ ...p, ...(p.line ? { line: p.line + 1 } : {}) })));
	}
	const { value, lineOfPath } = parsed;
	const id = typeof (value as { id?: unknown })?.id === 'string' ? (value as { id: string }).id : undefined;
	const fieldLine = (field: string | undefined) => 1 + (lineOfPath(pathOf(field)) ?? 0) || 1;
	const fields = value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : value;
	const code = codeFields.filter((f) => fields && typeof fields === 'object' && f in fields);
	for (const f of code) delete (fields as Record<string, unknown>)[f];
	const result = validateEntry(sectionSchema, fields, { file, entry: id });
	const problems = [...code.map((field) => ({ file, ...(id ? { entry: id } : {}), field, line: fieldLine(field), message: codeFieldMessage })), ...(result.data === undefined ? result.problems.map((p) => ({ ...p, line: fieldLine(p.field) })) : [])];
	if (result.data === undefined || problems.length) throw new ContentError(problems);
	const scan = scanSection(result.data.id, parts.body);
	if (scan.problems.length) throw new ContentError(scan.problems.map((p) => ({ file, entry: result.data.id, line: p.line, message: p.message })));
	return { data: result.data, body: parts.body, scan };
}

// A section is scanned once per version of its file: the loader's scan serves the model, and in `astro dev`
// an edit rescans only the section it changed.
const scans = processShared('section-scans', () => new Map<string, { digest: string; scan: SectionScan }>());

/** Remembers a section's scan under the digest of its file. */
export function rememberScan(id: string, digest: string, scan: SectionScan): void {
	scans.set(id, { digest, scan });
}

/** The scan of a section's MDX, remembered by the digest of its file. */
export function sectionScan(id: string, body: string, digest: string): SectionScan {
	const known = scans.get(id);
	if (known?.digest === digest) return known.scan;
	const scan = scanSection(id, body);
	rememberScan(id, digest, scan);
	return scan;
}
