import type { Element } from 'hast';
import { s } from 'hastscript';
import type { ChartModel } from '../charts/marks';

export interface ChartSvgOptions {
	/** Id prefix for the title, description and arrow marker. */
	id: string;
	title: string;
	description: string;
	/** Where a linked point (a place on the map) leads, and its accessible name. */
	pointLink?: (section: string) => { href: string; name: string };
}

/**
 * Draws a chart model as SVG: marks to elements, nothing computed. A chart with linked points (the
 * map) is a labelled group whose links screen readers can reach; any other chart is one image.
 */
export function chartSvg(model: ChartModel, { id, title, description, pointLink }: ChartSvgOptions): Element {
	const points = model.points ?? [];
	const interactive = Boolean(pointLink) && points.some((p) => p.section);
	return s(
		'svg',
		{
			class: 'chart',
			dataPagefindIgnore: 'all',
			viewBox: `0 0 ${model.width} ${model.height}`,
			width: model.width,
			height: model.height,
			role: interactive ? 'group' : 'img',
			ariaLabelledBy: `${id}-title`,
			ariaDescribedBy: `${id}-desc`,
		},
		[
			s('title', { id: `${id}-title` }, title),
			s('desc', { id: `${id}-desc` }, description),
			s('defs', [
				s('marker', { id: `${id}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, [s('path', { d: 'M0,0L10,5L0,10z', class: 'arrowhead' })]),
			]),
			s('g', { ariaHidden: 'true' }, [
				...model.rects.map((m) => s('rect', { class: `mark-${m.kind} tone-${m.tone}`, x: m.x, y: m.y, width: m.w, height: m.h, rx: m.kind === 'box' ? 4 : m.kind === 'node' ? 2 : 1 })),
				...model.lines.map((m) => s('line', { class: `line-${m.kind}`, x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2 })),
				...model.paths.map((m) => s('path', { class: `path-${m.kind}`, d: m.d, markerEnd: m.kind === 'arrow' ? `url(#${id}-arrow)` : undefined })),
				...model.texts.map((t) => s('text', { class: `text-${t.kind}`, x: t.x, y: t.y, textAnchor: t.anchor }, t.text)),
			]),
			...points.map((p) => {
				const mark = [
					s('circle', { class: `point-${p.kind}`, cx: p.x, cy: p.y, r: p.radius }),
					s('text', { class: p.kind === 'area' ? 'text-note' : 'text-label', x: p.labelX, y: p.labelY, textAnchor: p.anchor }, p.lines.map((line, i) => s('tspan', { x: p.labelX, dy: i === 0 ? 0 : 15 }, line))),
				];
				const link = p.section && pointLink ? pointLink(p.section) : undefined;
				return link ? s('a', { class: 'point-link', href: link.href, ariaLabel: `${p.label}: read “${link.name}”` }, mark) : s('g', { ariaHidden: 'true' }, mark);
			}),
		],
	);
}
