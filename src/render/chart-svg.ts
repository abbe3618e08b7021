import type { Element } from 'hast';
import { s } from 'hastscript';
import { type ChartModel, labelLeading } from '../charts/marks';
import { targetHalf } from '../charts/map';

export interface ChartSvgOptions {
	/** Id prefix for the title, description, arrow marker and clip path: unique on the page. */
	id: string;
	title: string;
	description: string;
	/** Extra classes: which layout it is (`chart-compact`, `chart-wide`), for the stylesheet to pick one. */
	className?: string;
	/** Where a linked point (a place on the map) leads, and its accessible name. */
	pointLink?: (section: string) => { href: string; name: string };
}

/**
 * Draws a chart model as SVG: marks to elements, nothing computed. A chart with linked points (the
 * map) is a labelled group whose links screen readers can reach; any other chart is one image.
 */
export function chartSvg(model: ChartModel, { id, title, description, className, pointLink }: ChartSvgOptions): Element {
	const points = model.points ?? [];
	const interactive = Boolean(pointLink) && points.some((p) => p.section);
	const land = model.paths.find((p) => p.kind === 'land');
	const clip = model.clipAreasToLand && land ? `${id}-land` : undefined;
	return s(
		'svg',
		{
			class: className ? `chart ${className}` : 'chart',
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
				// Arrowheads in user units, so they keep their size whatever the stroke.
				s('marker', { id: `${id}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerUnits: 'userSpaceOnUse', markerWidth: 11, markerHeight: 11, orient: 'auto-start-reverse' }, [s('path', { d: 'M0,0L10,5L0,10z', class: 'arrowhead' })]),
				// The land drawn once: the rings' clip path reuses it.
				...(clip && land ? [s('path', { id: `${clip}-path`, d: land.d }), s('clipPath', { id: clip }, [s('use', { href: `#${clip}-path` })])] : []),
			]),
			s('g', { ariaHidden: 'true' }, [
				...model.rects.filter((m) => m.kind !== 'frame' && m.kind !== 'panel').map((m) => s('rect', { class: `mark-${m.kind} tone-${m.tone}`, x: m.x, y: m.y, width: m.w, height: m.h, rx: m.kind === 'box' ? 4 : m.kind === 'node' ? 2 : 1 })),
				...model.paths.filter((m) => m.kind === 'land').map((m) => (clip && m === land ? s('use', { class: `path-${m.kind}`, href: `#${clip}-path` }) : s('path', { class: `path-${m.kind}`, d: m.d }))),
				...points.filter((p) => p.kind === 'area').map((p) => s('circle', { class: 'point-area', cx: p.x, cy: p.y, r: p.radius, clipPath: clip ? `url(#${clip})` : undefined })),
				...model.rects.filter((m) => m.kind === 'frame' || m.kind === 'panel').map((m) => s('rect', { class: `mark-${m.kind}`, x: m.x, y: m.y, width: m.w, height: m.h })),
				...model.lines.map((m) => s('line', { class: `line-${m.kind}`, x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2 })),
				...model.paths.filter((m) => m.kind !== 'land').map((m) => s('path', { class: `path-${m.kind}`, d: m.d, markerEnd: m.kind === 'arrow' ? `url(#${id}-arrow)` : undefined })),
				...model.texts.map((t) => s('text', { class: `text-${t.kind}`, x: t.x, y: t.y, textAnchor: t.anchor }, t.text)),
			]),
			...points.map((p) => {
				const mark = [
					// The link's target: at least 24 × 24 px around the point, drawn transparent.
					s('rect', { class: 'point-target', x: p.x - targetHalf, y: p.y - targetHalf, width: 2 * targetHalf, height: 2 * targetHalf }),
					...(p.leader ? [s('line', { class: 'line-leader', x1: p.leader.x1, y1: p.leader.y1, x2: p.leader.x2, y2: p.leader.y2 })] : []),
					p.kind === 'area' ? s('circle', { class: 'point-centre', cx: p.x, cy: p.y, r: 2.5 }) : s('circle', { class: 'point-place', cx: p.x, cy: p.y, r: p.radius }),
					s('text', { class: p.kind === 'area' ? 'text-note' : 'text-label', x: p.labelX, y: p.labelY, textAnchor: p.anchor }, p.lines.map((line, i) => s('tspan', { x: p.labelX, dy: i === 0 ? 0 : labelLeading }, line))),
				];
				const link = p.section && pointLink ? pointLink(p.section) : undefined;
				return link ? s('a', { class: 'point-link', href: link.href, ariaLabel: `${p.label}: read “${link.name}”` }, mark) : s('g', { ariaHidden: 'true' }, mark);
			}),
		],
	);
}
