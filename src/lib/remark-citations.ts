import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCitations, numberCitations } from './citations';
import { loadReferences } from './content-source';
import { ContentError } from './data-errors';

interface Node {
	type: string;
	position?: { start: { line: number } };
	value?: string;
	children?: Node[];
	name?: string | null;
	attributes?: Array<{ type: 'mdxJsxAttribute'; name: string; value: string }>;
}

interface VFileLike {
	path?: string;
	data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Nodes whose text is code or markup, not prose: citations are not looked for there. */
const skip = new Set(['code', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'yaml']);

/**
 * Turns Pandoc-style citations in section prose (`[@shao2007]`, `[@a; @b]`, narrative `@joung2006`)
 * into `<Cite>` elements numbered in reading order, and stops the build on an unknown key,
 * naming the file, the line and the key.
 */
export function remarkCitations(options: { root: string }) {
	const rootPath = fileURLToPath(options.root);
	return (tree: Node, file: VFileLike) => {
		const path = file.path ? relative(rootPath, file.path) : 'an MDX file';
		if (!path.startsWith('content/')) return;
		const section = String(file.data.astro?.frontmatter?.id ?? path);
		const keys = new Set(loadReferences(options.root).map((r) => r.id));
		const counts = new Map<string, number>();
		const problems: ContentError['problems'] = [];

		const rewrite = (node: Node): void => {
			if (!node.children || skip.has(node.type)) return;
			const next: Node[] = [];
			for (const child of node.children) {
				if (child.type !== 'text' || !child.value?.includes('@')) {
					rewrite(child);
					next.push(child);
					continue;
				}
				const text = child.value;
				const { tokens, errors } = findCitations(text);
				const line = child.position?.start.line;
				for (const e of errors) problems.push({ file: path, entry: section, line, message: e.message });
				let cursor = 0;
				// One count per section, carried across text nodes, so anchors match numberCitations over the whole body.
				const numbered = numberCitations(section, tokens, counts);
				for (const token of numbered) {
					for (const { key } of token.items) {
						if (!keys.has(key)) problems.push({ file: path, entry: section, line, message: `cites "${key}", which is not a key in content/references.yaml` });
					}
					if (token.start > cursor) next.push({ type: 'text', value: text.slice(cursor, token.start) });
					next.push({
						type: 'mdxJsxTextElement',
						name: 'Cite',
						attributes: [
							{
								type: 'mdxJsxAttribute',
								name: 'data',
								value: JSON.stringify({ mode: token.mode, items: token.items.map((item, i) => ({ ...item, anchor: token.anchors[i] })) }),
							},
						],
						children: [],
					});
					cursor = token.end;
				}
				if (cursor < text.length) next.push({ type: 'text', value: text.slice(cursor) });
			}
			node.children = next;
		};
		rewrite(tree);
		if (problems.length) throw new ContentError(problems);
	};
}
