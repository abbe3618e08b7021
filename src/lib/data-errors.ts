import type { z } from 'zod';

/** A problem in an author's file, located well enough to fix without reading code. */
export interface ContentProblem {
	/** Path of the file, relative to the project root (`content/references.yaml`). */
	file: string;
	/** The entry's id, or its position when it has none (`entry 3`). */
	entry?: string;
	/** Dotted path of the field inside the entry (`author.0.family`). */
	field?: string;
	/** Line in the file, when known. */
	line?: number;
	/** What is wrong, in an author's words. */
	message: string;
}

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

function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
	if (typeof value === 'object') return 'a group of fields';
	return `${typeof value} ${String(value)}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let node: unknown = input;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node;
}

const typeWords: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
};

/** Turns one zod issue into a sentence an author understands. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
	const got = valueAt(input, issue.path);
	// A message written in the schema for authors says it best; zod's own defaults are replaced below.
	if (!/^(Too (big|small)|Invalid|Expected|Unrecognized)/.test(issue.message) && issue.code !== 'invalid_type' && issue.code !== 'invalid_format') {
		return `${issue.message}, but is ${describeValue(got)}`;
	}
	switch (issue.code) {
		case 'invalid_type':
			if (got === undefined) return 'is missing (it is required)';
			return `must be ${typeWords[issue.expected] ?? issue.expected}, but is ${describeValue(got)}`;
		case 'too_small':
			if (issue.origin === 'array') return `must list at least ${String(issue.minimum)} item(s)`;
			if (issue.origin === 'string') return `must be at least ${String(issue.minimum)} character(s) long`;
			return `must be at least ${String(issue.minimum)}, but is ${describeValue(got)}`;
		case 'too_big':
			if (issue.origin === 'array') return `must list at most ${String(issue.maximum)} item(s)`;
			if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters long (it has ${String((got as string)?.length)})`;
			return `must be at most ${String(issue.maximum)}, but is ${describeValue(got)}`;
		case 'invalid_value':
			return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but is ${describeValue(got)}`;
		case 'unrecognized_keys':
			return `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} (misspelt?)`;
		case 'invalid_union':
			return `is not in any accepted form: ${describeValue(got)}`;
		case 'invalid_format':
			return `${issue.message.startsWith('must') ? issue.message : `is not a valid ${issue.format}`}, but is ${describeValue(got)}`;
		default:
			return `${issue.message} (is ${describeValue(got)})`;
	}
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

/** Validates one entry and reports every issue with its file, entry and field. */
export function validateEntry<S extends z.ZodType>(
	schema: S,
	input: unknown,
	where: { file: string; entry?: string; line?: number },
): { data: z.infer<S>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
	const result = schema.safeParse(input);
	if (result.success) return { data: result.data, problems: [] };
	return {
		data: undefined,
		problems: result.error.issues.map((issue) => ({
			...where,
			entry: where.entry ?? entryOnPath(input, issue.path),
			field: issue.path.length ? issue.path.map(String).join('.') : undefined,
			message: describeIssue(issue, input),
		})),
	};
}
