import { LineCounter, parseDocument, isSeq, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { ContentError, type ContentProblem, type LineOf, validateEntry } from './problems';

/**
 * The line a reader should look at for a syntax error. An unclosed quote or bracket is noticed only
 * where the parser runs out of text, often lines later: then the mistake is the nearest line before
 * it that opens more than it closes.
 */
function errorLine(text: string, lines: LineCounter, error: YAMLError): number {
	const { line } = lines.linePos(error.pos[0]);
	const unclosed = error.code === 'MISSING_CHAR' || (error.code === 'BAD_INDENT' && /end with a [\]}]/.test(error.message));
	if (!unclosed) return line;
	const all = text.split('\n');
	const count = (s: string, c: string) => s.split(c).length - 1;
	for (let n = Math.min(line, all.length) - 1; n >= 0; n--) {
		const l = all[n];
		if (count(l, '"') % 2 === 1 || count(l.replace(/"[^"]*"/g, ''), "'") % 2 === 1 || count(l, '[') > count(l, ']') || count(l, '{') > count(l, '}')) return n + 1;
	}
	return line;
}

/** How deeply lists and groups may nest in a content file: far more than any of the report's files needs. */
export const maxDepth = 32;

/** How deeply a parsed value nests (walked without recursion, so no depth can exhaust the stack). */
function depthOf(value: unknown): number {
	let deepest = 0;
	const seen = new WeakSet<object>();
	const stack: Array<[unknown, number]> = [[value, 0]];
	while (stack.length && deepest <= maxDepth) {
		const [node, depth] = stack.pop()!;
		deepest = Math.max(deepest, depth);
		// A group reached again through an alias (`&a [*a]` even makes a cycle) is walked once.
		if (!node || typeof node !== 'object') continue;
		if (seen.has(node)) continue;
		seen.add(node);
		for (const child of Object.values(node)) stack.push([child, depth + 1]);
	}
	return deepest;
}

/** What the parser's error usually means, in an author's words; the parser's own words follow in brackets. */
const hints: Array<[RegExp, string]> = [
	[/^Missing closing .?quote/, 'a quote is opened but not closed'],
	[/end with a [\]}]/, 'a [ or { is opened but not closed'],
	[/^Implicit map keys need to be followed by map values/, 'is the colon after a field name missing (name: value)?'],
	[/^Nested mappings are not allowed in compact mappings/, 'a value that holds ": " must be put in quotes'],
	[/^(A block sequence may not be used as an implicit map key|Implicit keys need to be on a single line|All mapping items must start at the same column)/, 'the indentation of this line does not match the lines around it'],
	[/^Map keys must be unique/, 'a field is written twice in one entry'],
	[/^Tabs are not allowed as indentation/, 'indent with spaces, not tabs'],
	[/^Maximum call stack size exceeded/, `lists or groups are nested too deeply (the report's files need at most ${maxDepth} levels)`],
];

function yamlMessage(error: YAMLError): string {
	const said = error.message.split('\n')[0];
	const hint = hints.find(([pattern]) => pattern.test(said))?.[1];
	return `is not valid YAML: ${hint ? `${hint} (${said})` : said}`;
}

/** Parses YAML text, refusing syntax errors with the file and line. */
export function parseYaml(
	text: string,
	file: string,
): { value: unknown; lineOf: (index: number) => number | undefined; lineOfPath: (path: Array<string | number>) => number | undefined } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false });
	if (doc.errors.length) {
		// The first error only: the parser's later ones mostly follow from it, and it is the one to fix.
		throw new ContentError(
			doc.errors.slice(0, 1).map((e) => ({
				file,
				line: errorLine(text, lineCounter, e),
				message: yamlMessage(e),
			})),
		);
	}
	const contents = doc.contents;
	let value: unknown;
	try {
		value = doc.toJS({ maxAliasCount: 100 });
	} catch (error) {
		// `yaml` refuses an alias that expands too far ("billion laughs"); nothing else is expected here.
		const said = (error instanceof Error ? error.message : String(error)).split('\n')[0];
		throw new ContentError([{ file, message: `is not accepted: its YAML aliases (*name) expand to too many values (${said}); write the values out` }]);
	}
	if (depthOf(value) > maxDepth) throw new ContentError([{ file, message: `is not accepted: lists or groups are nested more than ${maxDepth} levels deep` }]);
	return {
		value,
		lineOfPath: (path) => {
			// The deepest node on the path that exists: a missing field is reported at its parent.
			for (let n = path.length; n > 0; n--) {
				const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
				if (node?.range) return lineCounter.linePos(node.range[0]).line;
			}
			return undefined;
		},
		lineOf: (index) => {
			if (!isSeq(contents)) return undefined;
			const item = contents.items[index] as { range?: [number, number, number] } | undefined;
			return item?.range ? lineCounter.linePos(item.range[0]).line : undefined;
		},
	};
}

/** A dotted field (`places.1.sections.0`) as a YAML path, list positions as numbers. */
export const pathOf = (field: string | undefined): Array<string | number> => (field ? field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)) : []);

/**
 * Validates a YAML list of entries that each carry an `id`: every entry against the schema, then
 * that ids are unique. Throws one ContentError listing every problem found, each at its field's line.
 */
export function validateList<S extends z.ZodType>(text: string, file: string, schema: S): { entries: z.infer<S>[]; lineOf: LineOf } {
	const { value, lineOf, lineOfPath } = parseYaml(text, file);
	if (!Array.isArray(value)) {
		throw new ContentError([{ file, message: 'must be a list of entries, each starting with "- id: …"' }]);
	}
	const problems: ContentProblem[] = [];
	const entries: z.infer<S>[] = [];
	const seen = new Map<string, number>();
	value.forEach((raw: unknown, index) => {
		const rawId = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).id : undefined;
		const entry = typeof rawId === 'string' && rawId ? rawId : `number ${index + 1}`;
		const result = validateEntry(schema, raw, { file, entry });
		problems.push(...result.problems.map((p) => ({ ...p, line: lineOfPath([index, ...pathOf(p.field)]) ?? lineOf(index) })));
		if (typeof rawId === 'string') {
			const first = seen.get(rawId);
			if (first !== undefined) {
				problems.push({ file, entry, line: lineOf(index), field: 'id', message: `repeats the id of entry number ${first + 1} (line ${lineOf(first)}); ids must be unique` });
			} else seen.set(rawId, index);
		}
		if (result.data !== undefined) entries.push(result.data);
	});
	if (problems.length) throw new ContentError(problems);
	const ids = value.map((raw: unknown) => (raw && typeof raw === 'object' ? (raw as Record<string, unknown>).id : undefined));
	return {
		entries,
		lineOf: (entry, field) => {
			const index = ids.indexOf(entry);
			return index < 0 ? undefined : (lineOfPath([index, ...pathOf(field)]) ?? lineOf(index));
		},
	};
}

/** Validates a YAML file holding a single record (such as `report.yaml`); problems carry the line of their field. */
export function validateRecord<S extends z.ZodType>(text: string, file: string, schema: S): { record: z.infer<S>; lineOf: LineOf } {
	const { value, lineOfPath } = parseYaml(text, file);
	const result = validateEntry(schema, value, { file });
	if (result.data === undefined) throw new ContentError(result.problems.map((p) => ({ ...p, line: lineOfPath(pathOf(p.field)) })));
	return { record: result.data, lineOf: (_entry, field) => lineOfPath(pathOf(field)) };
}
