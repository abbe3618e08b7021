import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { basename, relative, sep } from 'node:path';
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { analyseSection, type CitationNode, type SectionScan } from './mdx';
import { formatProblem } from './problems';
import { codeFieldMessage, codeFields } from './sections';
import { lastWord } from '../format/words';

/** What a scan found, without its tree: what the compiled module exports as `reportScan`. */
export function scanSummary(scan: SectionScan) {
	return {
		headings: scan.headings,
		citations: scan.citations.map(({ node, line }) => ({ mode: node.mode, items: node.items, line })),
		tags: scan.tags,
		links: scan.links,
	};
}

/** `export const <name> = <value>;` as the MDX compiler takes it: an ESM node with its parsed program. */
function exportNode(name: string, value: unknown): RootContent {
	const code = `export const ${name} = ${JSON.stringify(value)};`;
	return { type: 'mdxjsEsm', value: code, data: { estree: parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) } } as unknown as RootContent;
}


const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
const element = (name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[] = []): MdxJsxTextElement => ({ type: 'mdxJsxTextElement', name, attributes, children });

/** The line of a frontmatter field in the raw file (the compiler gets the frontmatter already parsed). */
function fieldLine(path: string, field: string): number {
	try {
		const lines = readFileSync(path, 'utf8').split('\n');
		const at = lines.findIndex((l) => new RegExp(`^${field}\\s*:`).test(l));
		return at < 0 ? 1 : at + 1;
	} catch {
		return 1;
	}
}

/**
 * The report's remark plugin for @astrojs/mdx, run before compilation. First the guard: the section is
 * walked by the same function the loader checks it with (`analyseSection`, src/load/mdx.ts), and anything
 * outside Markdown and the report's own tags (an import, an export, a `{…}` expression, an HTML element,
 * an unknown tag), or a frontmatter field MDX would run (`layout`), stops the compilation with its file and
 * line, so no content code is ever generated, let alone run. Then the tree is readied for the components:
 * each citation becomes `<Cite section n keys />` (its number in reading order, the same the model gives
 * it), each link `<Link href text>`, and each editors' note marker is joined to the word before it.
 */
export function remarkReport(options: { root: string }) {
	return (tree: Root, file: VFile) => {
		const path = file.path;
		const shown = relative(options.root, path).split(sep).join('/');
		const frontmatter = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {}) as Record<string, unknown>;
		const id = typeof frontmatter.id === 'string' ? frontmatter.id : basename(path, '.mdx').replace(/^\d+-/, '');
		for (const field of codeFields) {
			if (field in frontmatter) {
				const line = fieldLine(path, field);
				file.fail(formatProblem({ file: shown, entry: id, line, field, message: codeFieldMessage }), { place: { line, column: 1 } });
			}
		}
		const scan = analyseSection(id, tree);
		const summary = scanSummary(scan);
		if (scan.problems.length) {
			const first = scan.problems[0]!;
			const more = scan.problems.length > 1 ? ` (and ${scan.problems.length - 1} more problem(s) in this file)` : '';
			file.fail(`${formatProblem({ file: shown, entry: id, line: first.line, message: first.message })}${more}`, { place: { line: first.line, column: 1 } });
		}
		let n = 0;
		const ready = (parent: Parent) => {
			const children = parent.children as RootContent[];
			for (let i = 0; i < children.length; i++) {
				const child = children[i]!;
				if ((child as { type: string }).type === 'citation') {
					const cite = child as unknown as CitationNode;
					children[i] = element('Cite', [attribute('section', id), attribute('n', String(n++)), attribute('keys', cite.items.map((item) => item.key).join(' '))]) as RootContent;
					continue;
				}
				if (child.type === 'link') {
					children[i] = element('Link', [attribute('href', child.url), attribute('text', toString(child))], child.children) as RootContent;
				}
				if ('children' in children[i]!) ready(children[i] as Parent);
			}
			joinNotes(parent);
		};
		ready(tree);
		// The compiled module says what the compiler saw (`reportScan`), the same summary the loader's scan gives:
		// a test holds the two side by side, so the model's checks and the page cannot read different trees.
		tree.children.push(exportNode('reportScan', summary));
	};
}

/**
 * Sets each editors' note marker in one unbreakable span with the word (or the element, such as a citation)
 * before it, so the marker never starts a line on its own, whatever characters meet there.
 */
function joinNotes(parent: Parent): void {
	const kids = parent.children as PhrasingContent[];
	for (let i = 1; i < kids.length; i++) {
		const kid = kids[i]!;
		if (kid.type !== 'mdxJsxTextElement' || kid.name !== 'EdNote') continue;
		const before = kids[i - 1]!;
		const join = (content: PhrasingContent[]) => element('span', [attribute('class', 'ednote-join')], content);
		if (before.type === 'text') {
			const { lead, word } = lastWord(before.value);
			if (!word) continue;
			before.value = lead;
			kids.splice(i, 1, join([{ type: 'text', value: word }, kid]));
		} else {
			kids.splice(i - 1, 2, join([before, kid]));
			i--;
		}
	}
}
