import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { CitationNode } from '../load/mdx';
import { classifyLink } from '../model/build';
import type { ReportModel, SectionModel } from '../model/report-model';
import { formatNumber, formatQuantity } from '../format/number';
import type { SiteUrls } from '../site/urls';
import { figureBlock } from './figure';
import { chineseName, editorialNote, selfLinkedHeading, trusted } from './inline';
import { referenceHref } from './links';
import { referenceList } from './reference-list';

export interface RenderOptions {
	/** Levels added to the section's headings: 1 on the whole-report page, where section titles are h2. */
	headingShift?: 0 | 1;
}

const attr = (node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | true | undefined => {
	const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
	if (!a || a.type !== 'mdxJsxAttribute') return undefined;
	return a.value === null || a.value === undefined ? true : String(a.value);
};
const idOf = (node: MdxJsxFlowElement | MdxJsxTextElement) => String(attr(node, 'id'));

/** An in-text citation: each work links to its entry in the references, its full entry shown on hover and focus. */
function citation(model: ReportModel, urls: SiteUrls, node: CitationNode): Element {
	const rendered = model.cluster(node);
	const parts: ElementContent[] = [];
	rendered.parts.forEach((part, i) => {
		const item = node.items[i];
		const card = `${item.anchor}-card`;
		if (i > 0) parts.push({ type: 'text', value: part.delimiter ?? rendered.delimiter });
		parts.push(
			h('span.cite-item', [
				h('a.cite-link', { id: item.anchor, href: referenceHref(model, urls, item.key), ariaDescribedBy: card }, part.text),
				h('span.cite-card', { role: 'tooltip', dataPagefindIgnore: 'all', id: card }, [trusted(model.reference(item.key).html)]),
			]),
		);
	});
	return h('span.cite', [rendered.prefix, ...parts, rendered.suffix].filter((p) => p !== '') as ElementContent[]);
}

function heading(state: State, node: MdxJsxFlowElement, depth: 2 | 3, shift: number): Element {
	const id = idOf(node);
	const aliases = typeof attr(node, 'aliases') === 'string' ? String(attr(node, 'aliases')).split(/[\s,]+/).filter(Boolean) : [];
	const children = state.all(node as unknown as MdastNodes);
	// The same plain text the scan gives the heading (and the contents list shows).
	const text = toString(node).replace(/\s+/g, ' ').trim();
	return selfLinkedHeading({
		level: depth + shift,
		id,
		text,
		children,
		variant: `heading-${depth}`,
		before: aliases.map((former) => h('span.alias-anchor', { id: former, dataPermalink: true, dataAliasOf: id })),
	});
}


function element(model: ReportModel, urls: SiteUrls, section: SectionModel, shift: number) {
	return (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): ElementContent | ElementContent[] => {
		const id = idOf(node);
		switch (node.name) {
			case 'H2':
			case 'H3':
				return heading(state, node as MdxJsxFlowElement, node.name === 'H2' ? 2 : 3, shift);
			case 'EdNote':
				return editorialNote(model, urls, id);
			case 'Num': {
				const fact = model.facts.get(id)!;
				return h('span.num', { dataFact: id }, attr(node, 'bare') ? formatNumber(fact.value, fact.unit) : formatQuantity(fact));
			}
			case 'Figure':
				return figureBlock(model, urls, model.figure(id));
			case 'FigRef': {
				const figure = model.figure(id);
				return h('a.figref', { href: urls.section(figure.section, figure.anchor) }, figure.label);
			}
			case 'Term':
				return h('a.term', { href: urls.page('glossary/', id) }, state.all(node as unknown as MdastNodes));
			case 'Zh': {
				const place = model.place(id);
				return chineseName(place.chinese, place.pinyin);
			}
			case 'ReferenceList':
				return referenceList(model, urls);
			default:
				throw new Error(`${section.file}: <${node.name}> reached the renderer unchecked`);
		}
	};
}

/** Whether a link's text spells its address: "www.example.org" for "https://www.example.org/" does. */
export function sameAddress(text: string, href: string): boolean {
	const plain = (u: string) => u.trim().toLowerCase().replace(/^(https?:\/\/|mailto:)/, '').replace(/\/+$/, '');
	return plain(text) === plain(href);
}

/** Elements whose children are blocks or cells that the minified HTML would otherwise run together. */
const separated = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'dl', 'ol', 'ul', 'figure']);

const elements = (node: Element | HastRoot): Element[] => (node.children as ElementContent[]).filter((c): c is Element => c.type === 'element');
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');

/**
 * Passes over the drawn section that change nothing a sighted reader sees on a wide screen:
 * a line break between adjacent cells, rows and list items, so that text read from the page (the search
 * index, a copy and paste) keeps "universities" and "Research" apart; and each body cell of a table
 * labelled with its column's header, so that on a narrow screen a row can be shown as a card whose
 * cells name their column (the stylesheet draws the label; the table stays a table); and no line
 * break before an editors' note marker.
 */
function finish(node: HastRoot | Element): void {
	if (node.type === 'element' && node.tagName === 'table') {
		const head = elements(node).find((c) => c.tagName === 'thead');
		const labels = head ? elements(elements(head)[0] ?? head).map((th) => textOf(th).trim()) : [];
		if (labels.length) {
			node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), 'stacks'];
			for (const body of elements(node).filter((c) => c.tagName === 'tbody')) {
				for (const row of elements(body)) elements(row).forEach((cell, i) => cell.tagName === 'td' && labels[i] && (cell.properties.dataLabel = labels[i]));
			}
		}
	}
	const kids = node.children as ElementContent[];
	// An editors' note marker and the word before it (or the citation it follows) are set in one unbreakable
	// span, so the marker never starts a line on its own, whatever characters meet there.
	const joined = node.type === 'element' && (node.properties.className as string[] | undefined)?.includes('ednote-join');
	for (let i = 1; i < kids.length && !joined; i++) {
		const kid = kids[i];
		const before = kids[i - 1];
		if (kid.type !== 'element' || !(kid.properties.className as string[] | undefined)?.includes('ednote')) continue;
		if (before.type === 'text') {
			const word = /\S*\s*$/.exec(before.value)![0];
			if (!word) continue;
			before.value = before.value.slice(0, before.value.length - word.length);
			kids.splice(i, 1, h('span.ednote-join', [word, kid]));
		} else if (before.type === 'element') {
			kids.splice(i - 1, 2, h('span.ednote-join', [before, kid]));
			i--;
		}
	}
	if (node.type === 'element' && separated.has(node.tagName)) {
		for (let i = kids.length - 1; i > 0; i--) {
			if (kids[i].type === 'element' && kids[i - 1].type === 'element') kids.splice(i, 0, { type: 'text', value: '\n' });
		}
	}
	for (const child of kids) if (child.type === 'element') finish(child);
}

/** A section's body as HTML: the checked MDX tree drawn with the report's own elements. Pure. */
export function renderSection(model: ReportModel, urls: SiteUrls, section: SectionModel, { headingShift = 0 }: RenderOptions = {}): string {
	const draw = element(model, urls, section, headingShift);
	const hast = toHast(section.tree, {
		handlers: {
			citation: (_state: State, node: CitationNode) => citation(model, urls, node),
			mdxJsxFlowElement: draw,
			mdxJsxTextElement: draw,
			link: (state: State, node: { url: string; title?: string | null; children: MdastNodes[] }) => {
				const target = classifyLink(node.url);
				const href =
					'external' in target ? target.external : 'internal' in target ? urls.page(target.internal.path, target.internal.anchor) : 'sameSection' in target ? `#${target.sameSection}` : '#';
				// On paper a web link's address is printed after it (print.css), unless its text is the address.
				const printUrl = 'external' in target && /^https?:/.test(target.external) && !sameAddress(toString(node as unknown as MdastNodes), target.external);
				return h('a', { href, ...(printUrl ? { dataPrintUrl: true } : {}) }, state.all(node as unknown as MdastNodes));
			},
		} as never,
	}) as HastRoot;
	finish(hast);
	return toHtml(hast, { allowDangerousHtml: true });
}
