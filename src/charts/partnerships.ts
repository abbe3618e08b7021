import { hierarchy, type HierarchyNode } from 'd3';
import type { Zhongguancun } from '../schemas/zhongguancun';
import { type ChartModel, type PathMark, type RectMark, type TextMark, chartSizes, r, textWidth, wrapPx } from './marks';
import { zhongguancunData } from '../schemas/zhongguancun';
import { defineChart } from './figure';

export interface PartnerNode {
	id: string;
	name: string;
	kind: 'root' | 'institution' | 'enterprise';
}

/**
 * The partnerships as a tree: each top-level institution, the institutes under it (the Academy
 * above its two institutes), and the enterprises each one invested in.
 */
export function partnershipTree(data: Zhongguancun): HierarchyNode<PartnerNode> {
	const children = new Map<string, PartnerNode[]>();
	const push = (parent: string, node: PartnerNode) => children.set(parent, [...(children.get(parent) ?? []), node]);
	for (const i of data.institutions) push(i.parent ?? 'root', { id: i.id, name: i.name, kind: 'institution' });
	const enterprises = new Map(data.enterprises.map((e) => [e.id, e]));
	for (const link of data.links) {
		const e = enterprises.get(link.to);
		if (e) push(link.from, { id: e.id, name: e.name, kind: 'enterprise' });
	}
	// Institutes come before the enterprises their parent holds directly, so the Academy's own spin-offs follow its institutes.
	const ordered = (id: string) => (children.get(id) ?? []).sort((a, b) => Number(a.kind === 'enterprise') - Number(b.kind === 'enterprise'));
	return hierarchy<PartnerNode>({ id: 'root', name: '', kind: 'root' }, (n) => (n.kind === 'enterprise' ? undefined : ordered(n.id)));
}

/** What a node's colour says, in the order the legend lists them. */
export const partnerLegend = [
	{ tone: 0, text: 'Research institution or university' },
	{ tone: 2, text: 'Institute within an institution' },
	{ tone: 4, text: 'Enterprise it invested in' },
] as const;

const toneOf = (n: HierarchyNode<PartnerNode>) => (n.data.kind === 'enterprise' ? 4 : n.depth === 1 ? 0 : 2);

/** The narrowest column an institution's tree is set in: the wide layout sets them side by side. */
const minColumn = 280;
const columnGap = 24;

/**
 * An indented tree that reads top to bottom at any width: institutions in bold, their institutes
 * indented under them, enterprises indented under their investor, each joined by an elbow line; names
 * as Table 1 gives them, wrapped to the column. Where the chart is wide enough for two columns or more,
 * the institutions' trees are dealt into them in order, each column filled to about an equal share of the
 * height, so the tree uses the width instead of leaving half of it empty. A legend above says what each
 * node colour means.
 */
export function layoutPartnerships(data: Zhongguancun, { width = chartSizes.wide }: { width?: number } = {}): ChartModel {
	const root = partnershipTree(data);
	const lineHeight = 16;
	const rowGap = 10;
	const indent = 22;
	const rects: RectMark[] = [];
	const texts: TextMark[] = [];
	const paths: PathMark[] = [];
	const rows: Array<HierarchyNode<PartnerNode>> = [];
	root.eachBefore((n) => n.depth > 0 && rows.push(n));
	const used = new Set(rows.map(toneOf));

	// The legend: a swatch and its meaning, side by side where they fit, else one under another.
	let y = 4;
	let lx = 8;
	for (const item of partnerLegend.filter((l) => used.has(l.tone))) {
		const itemWidth = 10 + Math.ceil(textWidth(item.text, 'label')) + 18;
		if (lx > 8 && lx + itemWidth > width) {
			lx = 8;
			y += 20;
		}
		rects.push({ kind: 'node', x: r(lx - 4), y: r(y + 6), w: 8, h: 8, tone: item.tone, label: item.text });
		texts.push({ x: r(lx + 10), y: r(y + 15), text: item.text, anchor: 'start', kind: 'label' });
		lx += itemWidth;
	}
	const treeTop = y + 34;

	const columns = Math.max(1, Math.min(root.children?.length ?? 1, Math.floor((width + columnGap) / (minColumn + columnGap))));
	const columnWidth = (width - (columns - 1) * columnGap) / columns;
	/** The rows of one institution's tree, laid out from the top of a column at `x0`; returns its height. */
	const drawTree = (top: HierarchyNode<PartnerNode>, x0: number, y0: number, draw: boolean): number => {
		const pos = new Map<string, { x: number; y: number }>();
		let ty = y0;
		top.eachBefore((n) => {
			const x = x0 + 8 + (n.depth - 1) * indent;
			const kind = n.data.kind === 'institution' && n.depth === 1 ? 'strong' : 'label';
			const lines = wrapPx(n.data.name, x0 + columnWidth - x - 12, kind);
			const mid = ty + lineHeight / 2;
			pos.set(n.data.id, { x, y: mid });
			if (draw) {
				rects.push({ kind: 'node', x: r(x - 4), y: r(mid - 4), w: 8, h: 8, tone: toneOf(n), label: n.data.name });
				lines.forEach((line, i) => texts.push({ x: r(x + 10), y: r(mid + 5 + i * lineHeight), text: line, anchor: 'start', kind }));
				const p = n.parent && n !== top ? pos.get(n.parent.data.id) : undefined;
				if (p) paths.push({ d: `M${r(p.x)},${r(p.y + 4)}V${r(mid)}H${r(x - 5)}`, kind: 'link' });
			}
			ty += lines.length * lineHeight + rowGap;
		});
		return ty - y0;
	};
	const trees = root.children ?? [];
	const heights = trees.map((t) => drawTree(t, 0, 0, false));
	const total = heights.reduce((a, b) => a + b, 0);
	// Deal the trees into the columns in reading order: a column takes the next tree while it stays nearer
	// its share of the height with it than without it; the last column takes what is left.
	let column = 0;
	let filled = 0;
	const bottoms = new Array(columns).fill(treeTop) as number[];
	trees.forEach((tree, i) => {
		const share = (total * (column + 1)) / columns;
		if (column < columns - 1 && filled > 0 && Math.abs(filled + heights[i]! - share) > Math.abs(filled - share)) column++;
		const x0 = column * (columnWidth + columnGap);
		bottoms[column] = bottoms[column]! + drawTree(tree, x0, bottoms[column]!, true);
		filled += heights[i]!;
	});
	return { width, height: r(Math.max(...bottoms)), rects, lines: [], paths, texts };
}

/** Table 1 of the draft, the enterprises invested in by research institutes and universities, as a tree. */
export const partnershipsChart = defineChart({
	id: 'partnerships',
	data: zhongguancunData,
	layout: (z, width) => layoutPartnerships(z, { width }),
	source: (z) => z.source,
	table: (z) => {
		const institution = new Map(z.institutions.map((i) => [i.id, i]));
		const fullName = (id: string): string => {
			const i = institution.get(id)!;
			return i.parent ? `${i.name}, ${institution.get(i.parent)!.name}` : i.name;
		};
		const enterprise = new Map(z.enterprises.map((e) => [e.id, e]));
		return {
			columns: [
				{ key: 'institution', label: 'Research institute or university' },
				{ key: 'enterprise', label: 'Enterprise' },
				{ key: 'notes', label: 'Notes' },
			],
			rows: z.links.map((l) => ({ institution: fullName(l.from), enterprise: enterprise.get(l.to)!.name, notes: enterprise.get(l.to)!.note })),
		};
	},
});
