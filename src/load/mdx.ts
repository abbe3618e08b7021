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
	let tree: Root;
	try {
		tree = parseMdx(source);
	} catch (error) {
		const e = error as { line?: number; reason?: string; message?: string };
		const problems = [{ line: e.line ?? 1, message: `is not valid MDX: ${(e.reason ?? e.message ?? String(error)).replace(/\s+/g, ' ')}` }];
		return { tree: { type: 'root', children: [] }, headings: [], citations: [], tags: [], links: [], problems };
	}
	return analyseSection(section, tree);
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
	let referenceLinks = 0;

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

	const element = (node: JsxElement, inParagraph: boolean): boolean => {
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

	const walk = (parent: Parent, inParagraph: boolean): void => {
		const next: RootContent[] = [];
		for (const original of parent.children as RootContent[]) {
			const child = inParagraph ? original : alone(original);
			const line = lineOf(child);
			switch (child.type) {
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
					// A reference and its definition are one mistake: reported once, where the link is used (or defined, if unused).
					if (referenceLinks++) continue;
					problems.push({ line, message: 'reference-style links ([text][label]) are not supported; write the link in place: [text](https://…) or [text](/typology/)' });
					continue;
				case 'link':
					links.push({ url: child.url, line });
					break;
				case 'text':
					if (child.value.includes('@')) {
						next.push(...citationsIn(child));
						continue;
					}
					break;
				case 'mdxJsxFlowElement':
				case 'mdxJsxTextElement':
					if (!element(child, inParagraph)) continue;
					break;
			}
			if ('children' in child) walk(child as Parent, inParagraph || child.type === 'paragraph');
			next.push(child);
		}
		parent.children = next as PhrasingContent[];
	};
	walk(tree, false);
	return { tree, headings, citations, tags, links, problems };
}
