import type { Node, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findCitations, type CitedItem } from './citation-syntax';

/**
 * The MDX parser: remark-parse with remark-mdx and remark-gfm, the very plugins (one copy of each, npm
 * dedupes them) that @mdx-js/mdx parses a section with when @astrojs/mdx compiles it. The model's checks
 * and the compiled page read the same syntax tree.
 */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** A section's MDX parsed as the MDX compiler parses it. Throws the parser's message on a syntax error. */
export function parseMdx(source: string): Root {
	return parser.runSync(parser.parse(source)) as Root;
}

/**
 * The tags a section may use, with their attributes. MDX is read as data: anything else (an import,
 * an export, a `{…}` expression, an HTML element, another component) is refused, so content can
 * never run code at build time or put markup on a page that the site did not write.
 */
export const contentTags = {
	H2: { attributes: ['id', 'aliases'], required: ['id'], content: 'text', flow: true },
	H3: { attributes: ['id', 'aliases'], required: ['id'], content: 'text', flow: true },
	EdNote: { attributes: ['id'], required: ['id'], content: 'none', flow: false },
	Num: { attributes: ['id', 'bare'], required: ['id'], content: 'none', flow: false },
	Figure: { attributes: ['id'], required: ['id'], content: 'none', flow: true },
	FigRef: { attributes: ['id'], required: ['id'], content: 'none', flow: false },
	Term: { attributes: ['id'], required: ['id'], content: 'text', flow: false },
	Zh: { attributes: ['id'], required: ['id'], content: 'none', flow: false },
	ReferenceList: { attributes: [], required: [], content: 'none', flow: true },
} as const;
export type TagName = keyof typeof contentTags;

/** A linkable heading written as `<H2 id="…">…</H2>` or `<H3 id="…">…</H3>`. */
export interface SectionHeading {
	depth: 2 | 3;
	id: string;
	/** Former ids that still land on this heading. */
	aliases: string[];
	/** The heading's text without markup. */
	text: string;
	line: number;
}

/** One use of a report tag: its name, its attributes as written, and where it stands. */
export interface TagUse {
	name: TagName;
	attributes: Record<string, string | true>;
	line: number;
}

/** A citation in the prose, as the tree holds it once found: `[@a; @b, p. 3]` or `@a`. */
export interface CitationNode extends Node {
	type: 'citation';
	mode: 'parenthetical' | 'narrative';
	items: Array<CitedItem & { anchor: string }>;
}

/** A link written in the prose, checked and resolved by the model. */
export interface LinkUse {
	url: string;
	line: number;
}

/** Everything one pass over a section's MDX tree finds: what the checks read and the renderer draws. */
export interface SectionScan {
	/** The parsed tree, with citations turned into `citation` nodes and comments dropped. */
	tree: Root;
	headings: SectionHeading[];
	/** Citations in reading order. */
	citations: Array<{ node: CitationNode; line: number }>;
	tags: TagUse[];
	links: LinkUse[];
	/** Problems with their line in the file. */
	problems: Array<{ line: number; message: string }>;
}

/** The anchor of the n-th citation (from 1) of a work within a section. */
export function citationAnchor(section: string, key: string, n: number): string {
	return `cite-${key}-${section}-${n}`;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const lineOf = (node: Node | undefined): number => node?.position?.start.line ?? 0;
/** Code quoted in a message, cut to 40 characters. */
const shorten = (code: string) => (code.length > 40 ? `${code.slice(0, 40)}…` : code);

function attributeProblem(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, tag: string): string | undefined {
	if (attribute.type === 'mdxJsxExpressionAttribute') return `<${tag}> has a {…} expression among its attributes; write each attribute as name="value"`;
	if (attribute.value && typeof attribute.value === 'object') return `<${tag}> attribute ${attribute.name} is an expression; write it as plain text in quotes: ${attribute.name}="…"`;
	return undefined;
}

/** An MDX comment, `{/* … *\/}`: an expression with nothing in it but the comment. */
function isComment(node: { data?: { estree?: { body?: unknown[] } | null } }): boolean {
	return Array.isArray(node.data?.estree?.body) && node.data.estree.body.length === 0;
}

/**
 * Parses a section's MDX (with its frontmatter blanked, so that lines are the file's lines) and
 * walks the tree once: headings, citations, tags and links are collected, citations are numbered,
 * and every construct outside the report's own tags and Markdown is reported with its line.
 */
export function scanSection(section: string, source: string): SectionScan {
	const failed = (problem: { line: number; message: string }): SectionScan => ({ tree: { type: 'root', children: [] }, headings: [], citations: [], tags: [], links: [], problems: [problem] });
	const deep = tooDeep(source);
	if (deep) return failed(deep);
	let tree: Root;
	try {
		tree = parseMdx(source);
	} catch (error) {
		return failed(parserProblem(source, error));
	}
	try {
		return analyseSection(section, tree);
	} catch (error) {
		if (error instanceof RangeError) return failed({ line: 1, message: nestingMessage });
		throw error;
	}
}

/** How deeply quotes, lists and tags may nest in a section: far more than prose needs, far less than exhausts the parser. */
export const maxNesting = 16;
const nestingMessage = `nests quotes, lists or tags too deeply; a section needs at most ${maxNesting} levels`;

/**
 * The first line that nests quotes and lists (`> > - >`) or tags more than `maxNesting` deep, checked on the
 * text before it is parsed: the parser and every walk of its tree recurse, and 10,000 nested `>` would exhaust
 * the stack before any message could say where.
 */
function tooDeep(source: string): { line: number; message: string } | undefined {
	const lines = source.split('\n');
	let open = 0;
	for (let i = 0; i < lines.length; i++) {
		const markers = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/.exec(lines[i]!)?.[0].match(/>|[-*+]|\d+[.)]/g)?.length ?? 0;
		if (markers > maxNesting) return { line: i + 1, message: `${nestingMessage} (this line opens ${markers})` };
		for (const tag of lines[i]!.matchAll(/<(\/)?[A-Za-z][^<>]*>/g)) {
			if (tag[0].endsWith('/>')) continue;
			open += tag[1] ? -1 : 1;
			if (open > maxNesting) return { line: i + 1, message: `${nestingMessage} (tags inside tags ${open} deep)` };
		}
	}
	return undefined;
}

/**
 * A parser failure in an author's words, at the line it concerns. The parser knows JSX, not the report: an
 * HTML element whose content is not MDX (`<style>`), an autolink (`<https://…>`, `<javascript:…>`) or a
 * brace (`{`, which starts code in MDX) fail with JavaScript's words; they are said the way the guard says them.
 */
function parserProblem(source: string, error: unknown): { line: number; message: string } {
	const e = error as { line?: number; reason?: string; message?: string };
	const said = (e.reason ?? e.message ?? String(error)).replace(/\s+/g, ' ');
	const line = e.line ?? 1;
	if (error instanceof RangeError || /Maximum call stack/.test(said)) return { line: 1, message: nestingMessage };
	const before = source.split('\n').slice(0, line);
	// The nearest HTML element opened in the failing line's paragraph: what the author wrote that MDX cannot read.
	for (let n = before.length - 1; n >= 0 && (n === before.length - 1 || before[n]!.trim()); n--) {
		const html = /<([a-z][a-z0-9]*)(?=[\s>/])/.exec(before[n]!.replace(/`[^`]*`/g, ''));
		if (html) return { line: n + 1, message: `<${html[1]}> is HTML; sections are Markdown and the report’s own tags (${Object.keys(contentTags).join(', ')})` };
	}
	if (/(in|before) local name|before name/.test(said) && /<[a-z][\w+.-]*:/i.test(before[line - 1] ?? '')) {
		return { line, message: 'an address in angle brackets (<https://…>) is not a link in MDX; write [the link’s text](https://…) (http, https or mailto)' };
	}
	if (/acorn|in expression|closing brace/.test(said)) return { line, message: 'a { starts an expression in MDX, which would run as code; write the text without braces, or \\{ for a brace itself' };
	return { line, message: `is not valid MDX: ${said}` };
}

/** Where a node stands, for the rules of what may stand inside what. */
interface Context {
	inParagraph: boolean;
	/** The block it is inside (`a list`, `a quote`, `<H2>`), when not at the top level. */
	inside?: string;
	/** The heading it is in (`<H2>`): a heading holds text and emphasis only. */
	heading?: string;
	/** The link it is in (`a link`, `<Term>`): nothing inside may be a link again. */
	link?: string;
}

/** Tags drawn as links: none may stand inside a link or a term. */
const linking = new Set(['Term', 'FigRef', 'EdNote']);

const blockNames: Partial<Record<string, string>> = { blockquote: 'a quote', list: 'a list', listItem: 'a list', table: 'a table', tableRow: 'a table', tableCell: 'a table' };

/** The context of a node's children. */
function within(at: Context, node: RootContent): Context {
	const next: Context = { ...at, inParagraph: at.inParagraph || node.type === 'paragraph' };
	const tag = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? node.name ?? '' : undefined;
	const inside = tag !== undefined ? `<${tag}>` : blockNames[node.type];
	if (inside && !at.inside) next.inside = inside;
	if (tag === 'H2' || tag === 'H3') next.heading = `<${tag}>`;
	if (node.type === 'link') next.link = 'a link';
	if (tag === 'Term') next.link = '<Term>';
	return next;
}

/**
 * Walks a parsed section once: headings, citations, tags and links are collected, citations are numbered
 * and turned into `citation` nodes, and every construct outside the report's own tags and Markdown is
 * reported with its line. The loader runs it on the tree `parseMdx` gives, the MDX compiler's guard
 * (src/load/remark-report.ts) on the tree the compiler parsed: the same walk over the same tree.
 */
export function analyseSection(section: string, tree: Root): SectionScan {
	const problems: SectionScan['problems'] = [];
	const headings: SectionHeading[] = [];
	const citations: SectionScan['citations'] = [];
	const tags: TagUse[] = [];
	const links: LinkUse[] = [];
	const counts = new Map<string, number>();
	// A reference-style link and its definition, or a footnote and its text, are one mistake: reported once, where
	// it is first met (the link where it is used, or its definition if unused).
	const reported = new Set<string>();
	const once = (kind: string, line: number, message: string) => {
		if (!reported.has(kind)) problems.push({ line, message });
		reported.add(kind);
	};

	const citationsIn = (text: Text): RootContent[] => {
		const { tokens, errors } = findCitations(text.value);
		const line = lineOf(text);
		for (const e of errors) problems.push({ line, message: e.message });
		if (!tokens.length) return [text];
		const out: RootContent[] = [];
		let cursor = 0;
		for (const token of tokens) {
			if (token.start > cursor) out.push({ type: 'text', value: text.value.slice(cursor, token.start) });
			const items = token.items.map((item) => {
				const n = (counts.get(item.key) ?? 0) + 1;
				counts.set(item.key, n);
				return { ...item, anchor: citationAnchor(section, item.key, n) };
			});
			const node: CitationNode = { type: 'citation', mode: token.mode, items, position: text.position };
			citations.push({ node, line });
			out.push(node as unknown as RootContent);
			cursor = token.end;
		}
		if (cursor < text.value.length) out.push({ type: 'text', value: text.value.slice(cursor) });
		return out;
	};

	const element = (node: JsxElement, at: Context): boolean => {
		const inParagraph = at.inParagraph;
		const line = lineOf(node);
		const name = node.name ?? '';
		if (!(name in contentTags)) {
			problems.push({
				line,
				message: name
					? /^[a-z]/.test(name)
						? `<${name}> is HTML; sections are Markdown and the report’s own tags (${Object.keys(contentTags).join(', ')})`
						: `<${name}> is not one of the report’s tags (${Object.keys(contentTags).join(', ')})`
					: 'a fragment (<>…</>) is not one of the report’s tags',
			});
			return false;
		}
		const spec = contentTags[name as TagName];
		const attributes: Record<string, string | true> = {};
		let ok = true;
		const written = new Set<string>();
		for (const attribute of node.attributes) {
			const problem = attributeProblem(attribute, name);
			if (problem) {
				problems.push({ line, message: problem });
				ok = false;
				continue;
			}
			const a = attribute as MdxJsxAttribute;
			if (!(spec.attributes as readonly string[]).includes(a.name)) {
				problems.push({ line, message: `<${name}> has no attribute "${a.name}"${spec.attributes.length ? `; it takes ${spec.attributes.join(', ')}` : ''}` });
				ok = false;
				continue;
			}
			if (written.has(a.name)) {
				problems.push({ line, message: `<${name}> has the attribute ${a.name} twice; write it once` });
				ok = false;
				continue;
			}
			written.add(a.name);
			attributes[a.name] = a.value === null || a.value === undefined ? true : String(a.value);
		}
		// An attribute written as an expression is reported once, not again as missing.
		for (const required of ok ? spec.required : []) {
			if (typeof attributes[required] !== 'string' || !String(attributes[required]).trim()) {
				problems.push({ line, message: `<${name}> needs ${required}="…"` });
				ok = false;
			}
		}
		if (spec.content === 'none' && node.children.length) {
			problems.push({ line, message: `<${name}> takes no content; write <${name}${spec.required.map((r) => ` ${r}="…"`).join('')} />` });
			ok = false;
		}
		if (spec.flow && inParagraph) {
			problems.push({ line, message: `<${name}> must stand on a line of its own, with a blank line before and after it` });
			ok = false;
		} else if (spec.flow && at.inside) {
			problems.push({ line, message: `<${name}> must stand at the top level of the section, not inside ${at.inside}` });
			ok = false;
		} else if (at.heading) {
			problems.push({ line, message: `${at.heading} holds its text only (emphasis at most): <${name}> belongs in the text below it, or the contents list would show the heading wrong` });
			ok = false;
		} else if (at.link && linking.has(name)) {
			problems.push({ line, message: `<${name}> inside ${at.link} would be a link inside a link; take one of them out` });
			ok = false;
		}
		if (!ok) return false;
		tags.push({ name: name as TagName, attributes, line });
		if (name === 'H2' || name === 'H3') {
			const aliases = typeof attributes.aliases === 'string' ? attributes.aliases.split(/[\s,]+/).filter(Boolean) : [];
			headings.push({ depth: name === 'H2' ? 2 : 3, id: String(attributes.id), aliases, text: toString(node).replace(/\s+/g, ' ').trim(), line });
		}
		return true;
	};

	/** A paragraph holding nothing but one block tag (`<H2 id="x">Title</H2>` on one line): the tag itself. */
	const alone = (node: RootContent): RootContent => {
		if (node.type !== 'paragraph') return node;
		const content = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
		const only = content[0];
		if (content.length === 1 && only.type === 'mdxJsxTextElement' && only.name && only.name in contentTags && contentTags[only.name as TagName].flow) {
			return { ...only, type: 'mdxJsxFlowElement', children: only.children } as unknown as RootContent;
		}
		return node;
	};

	const walk = (parent: Parent, at: Context): void => {
		const inParagraph = at.inParagraph;
		const next: RootContent[] = [];
		for (const original of parent.children as RootContent[]) {
			const child = inParagraph ? original : alone(original);
			const line = lineOf(child);
			if (at.heading && child.type === 'link') {
				problems.push({ line, message: `${at.heading} holds its text only (emphasis at most): a link belongs in the text below it (the heading links to itself)` });
				continue;
			}
			switch (child.type) {
				case 'footnoteReference':
				case 'footnoteDefinition':
					once('footnote', line, 'footnotes ([^1]) are not part of the report’s style; write the note in the sentence, or mark a doubtful passage with <EdNote id="…" />');
					continue;
				case 'listItem':
					if (typeof child.checked === 'boolean') {
						problems.push({ line, message: 'task lists (- [ ] …) are not part of the report’s style; write a plain list (- …)' });
						continue;
					}
					break;
				case 'mdxjsEsm':
					problems.push({ line, message: 'an import or export is code; sections hold Markdown and the report’s own tags only' });
					continue;
				case 'mdxFlowExpression':
				case 'mdxTextExpression':
					if (!isComment(child)) problems.push({ line, message: `{${shorten(child.value.trim())}} is an expression, which would run as code; write the text itself (a number from the data is <Num id="…" />)` });
					continue;
				case 'heading':
					problems.push({
						line,
						message: `Markdown heading "${toString(child)}" has no permanent id; write <H${Math.min(3, Math.max(2, child.depth))} id="a-permanent-id">${toString(child)}</H${Math.min(3, Math.max(2, child.depth))}> instead`,
					});
					continue;
				case 'image':
				case 'imageReference':
					problems.push({ line, message: 'images are not part of a section; figures are drawn from data with <Figure id="…" />' });
					continue;
				case 'html':
					problems.push({ line, message: 'raw HTML is not allowed in a section' });
					continue;
				case 'definition':
				case 'linkReference':
					once('reference link', line, 'reference-style links ([text][label]) are not supported; write the link in place: [text](https://…) or [text](/typology/)');
					continue;
				case 'link':
					if (at.link) {
						problems.push({ line, message: `a link inside ${at.link} would be a link inside a link; take one of them out` });
						continue;
					}
					links.push({ url: child.url, line });
					break;
				case 'text':
					if (child.value.includes('@')) {
						const found = citationsIn(child);
						const cites = found.some((n) => (n as { type: string }).type === 'citation');
						if (cites && (at.heading || at.link)) {
							problems.push({ line, message: at.heading ? `${at.heading} holds its text only: a citation belongs in the text below it, or the contents list would show "[@…]"` : `a citation inside ${at.link} would be a link inside a link; put the citation after it` });
							continue;
						}
						next.push(...found);
						continue;
					}
					break;
				case 'mdxJsxFlowElement':
				case 'mdxJsxTextElement':
					if (!element(child, at)) continue;
					break;
			}
			if ('children' in child) walk(child as Parent, within(at, child));
			next.push(child);
		}
		parent.children = next as PhrasingContent[];
	};
	walk(tree, { inParagraph: false });
	return { tree, headings, citations, tags, links, problems };
}
