import { hierarchy, type HierarchyNode } from 'd3';
import type { Zhongguancun } from '../schemas/zhongguancun';
import { type ChartModel, type PathMark, type RectMark, type TextMark, r } from './marks';

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
	for (const i of data.institutions) push(i.parent ?? 'root', { id: i.id, name: i.short ?? i.name, kind: 'institution' });
	const enterprises = new Map(data.enterprises.map((e) => [e.id, e]));
	for (const link of data.links) {
		const e = enterprises.get(link.to);
		if (e) push(link.from, { id: e.id, name: e.short ?? e.name, kind: 'enterprise' });
	}
	// Institutes come before the enterprises their parent holds directly, so the Academy's own spin-offs follow its institutes.
	const ordered = (id: string) => (children.get(id) ?? []).sort((a, b) => Number(a.kind === 'enterprise') - Number(b.kind === 'enterprise'));
	return hierarchy<PartnerNode>({ id: 'root', name: '', kind: 'root' }, (n) => (n.kind === 'enterprise' ? undefined : ordered(n.id)));
}

/**
 * An indented tree that reads top to bottom at any width: institutions in bold, their institutes
 * indented under them, enterprises indented under their investor, each joined by an elbow line.
 */
export function layoutPartnerships(data: Zhongguancun, { width = 420 } = {}): ChartModel {
	const root = partnershipTree(data);
	const rowHeight = 26;
	const indent = 22;
	const top = 8;
	const rects: RectMark[] = [];
	const texts: TextMark[] = [];
	const paths: PathMark[] = [];
	const rows: Array<HierarchyNode<PartnerNode>> = [];
	root.eachBefore((n) => n.depth > 0 && rows.push(n));
	const pos = new Map<string, { x: number; y: number }>();
	rows.forEach((n, i) => {
		const x = 8 + (n.depth - 1) * indent;
		const y = top + i * rowHeight + rowHeight / 2;
		pos.set(n.data.id, { x, y });
		const institution = n.data.kind === 'institution';
		rects.push({ kind: 'node', x: r(x - 4), y: r(y - 4), w: 8, h: 8, tone: institution ? (n.depth === 1 ? 0 : 2) : 4, label: n.data.name });
		texts.push({ x: r(x + 10), y: r(y + 5), text: n.data.name, anchor: 'start', kind: institution && n.depth === 1 ? 'strong' : 'label' });
		if (n.parent && n.parent.depth > 0) {
			const p = pos.get(n.parent.data.id)!;
			paths.push({ d: `M${r(p.x)},${r(p.y + 4)}V${r(y)}H${r(x - 5)}`, kind: 'link' });
		}
	});
	return { width, height: r(top * 2 + rows.length * rowHeight), rects, lines: [], paths, texts };
}
