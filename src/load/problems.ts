import type { z } from 'zod';

/** A problem in an author's file, located well enough to fix without reading code. */
export interface ContentProblem {
	/** Path of the file, relative to the project root (`content/references.yaml`). */
	file: string;
	/** The entry's id, or its position when it has none (`number 3`). */
	entry?: string;
	/** Dotted path of the field inside the entry (`author.0.family`). */
	field?: string;
	/** Line in the file, when known. */
	line?: number;
	/** What is wrong, in an author's words. */
	message: string;
}

/** The line of an entry's field in one file, when the file has it: what a later check (the model's) asks. */
export type LineOf = (entry: string | undefined, field: string | undefined) => number | undefined;

/** Problems that stop the build; its message is the list an author reads, one problem a line. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

export function formatProblem(p: ContentProblem): string {
	const where = [p.line ? `${p.file}:${p.line}` : p.file];
	if (p.entry) where.push(`entry "${p.entry}"`);
	if (p.field) where.push(`field "${p.field}"`);
	return `${where.join(', ')}: ${p.message}`;
}

/** Runs `load` and returns its result, or collects its content problems and returns undefined. */
export function collecting<T>(problems: ContentProblem[], load: () => T): T | undefined {
	try {
		return load();
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		problems.push(...error.problems);
		return undefined;
	}
}

/** How a value reads in a message: `the text "19.7%"`, `number 120`, `a list`. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
	if (typeof value === 'object') return 'a group of fields';
	return `${typeof value} ${String(value)}`;
}

const typeWords: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
};

const bound = (n: unknown) => (typeof n === 'number' || typeof n === 'bigint' ? Number(n).toLocaleString('en-GB') : String(n));

/**
 * zod's error map in an author's words. zod consults it only for issues whose schema wrote no
 * message of its own; it marks what it writes, so that a schema's own rule ("must be "percent":
 * growth rates are percentages") can be completed with the value the author gave.
 */
const written = '\u2063';
function authorMap(issue: z.core.$ZodRawIssue): string {
	const got = issue.input;
	const say = (text: string) => `${written}${text}`;
	switch (issue.code) {
		case 'invalid_type':
			if (got === undefined) return say('is missing (it is required)');
			return say(`must be ${typeWords[issue.expected] ?? issue.expected}, but is ${describeValue(got)}`);
		case 'too_small':
			if (issue.origin === 'array') return say(`must list at least ${bound(issue.minimum)} item(s)`);
			if (issue.origin === 'string') return say(`must be at least ${bound(issue.minimum)} character(s) long`);
			return say(`must be at least ${bound(issue.minimum)}, but is ${describeValue(got)}`);
		case 'too_big':
			if (issue.origin === 'array') return say(`must list at most ${bound(issue.maximum)} item(s)`);
			if (issue.origin === 'string') return say(`must be at most ${bound(issue.maximum)} characters long (it has ${String((got as string)?.length)})`);
			return say(`must be at most ${bound(issue.maximum)}, but is ${describeValue(got)}`);
		case 'invalid_value':
			return say(`must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but is ${describeValue(got)}`);
		case 'unrecognized_keys':
			// `{ value: 14,884 }`: YAML reads the thousands comma as the start of another field.
			if (issue.keys.every((k) => /^\d+$/.test(k))) return say(`has a field named ${issue.keys.map((k) => `"${k}"`).join(', ')}: is a number written with a thousands comma? Write it without (14884)`);
			return say(`has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} (misspelt?)`);
		case 'invalid_union':
			return say(`is not in any accepted form: ${describeValue(got)}`);
		case 'invalid_format':
			return say(`is not a valid ${issue.format}, but is ${describeValue(got)}`);
		case 'not_multiple_of':
			return say(`must be a multiple of ${bound(issue.divisor)}, but is ${describeValue(got)}`);
		default:
			return say(`is not accepted: ${describeValue(got)}`);
	}
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let node: unknown = input;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node;
}

/** The id of the innermost list item on a path (`cities.0.value` → "huizhou"), to name the entry. */
function entryOnPath(input: unknown, path: readonly PropertyKey[]): string | undefined {
	let found: string | undefined;
	for (let i = 1; i <= path.length; i++) {
		if (typeof path[i - 1] !== 'number') continue;
		const item = valueAt(input, path.slice(0, i));
		if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') found = (item as { id: string }).id;
	}
	return found;
}

/** Validates one entry and reports every issue with its file, entry and field, in an author's words. */
export function validateEntry<S extends z.ZodType>(
	schema: S,
	input: unknown,
	where: { file: string; entry?: string; line?: number },
): { data: z.infer<S>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
	const result = schema.safeParse(input, { error: authorMap });
	if (result.success) return { data: result.data, problems: [] };
	return {
		data: undefined,
		problems: result.error.issues.map((issue) => {
			// A schema's own rule is completed with the value; a sentence it marks complete (`params.complete`) is kept as written.
			const complete = issue.code === 'custom' && (issue.params as { complete?: boolean } | undefined)?.complete;
			const message = issue.message.startsWith(written) ? issue.message.slice(written.length) : complete ? issue.message : `${issue.message}, but is ${describeValue(valueAt(input, issue.path))}`;
			return {
				...where,
				entry: where.entry ?? entryOnPath(input, issue.path),
				field: issue.path.length ? issue.path.map(String).join('.') : undefined,
				message,
			};
		}),
	};
}
