import { scaleBand } from 'd3';
import type { ClusterType, Typology } from '../schemas/typology';
import { type ChartModel, type RectMark, type TextMark, r, wrap } from './marks';

export const origins = ['endogenous', 'exogenous'] as const;
export const intensities = ['labour', 'technology'] as const;
export const originLabel = { endogenous: 'Endogenous', exogenous: 'Exogenous' } as const;
export const intensityLabel = { labour: 'Labour-intensive', technology: 'Technology-intensive' } as const;

/** "Wenzhou, Zhejiang" — a cluster's place with its city and province. */
export function clusterLabel(c: ClusterType['clusters'][number]): string {
	return [c.place, c.city, c.province].filter(Boolean).join(', ');
}

/** Which types fall in each cell of the origin × intensity matrix, in the data's order. */
export function typologyCells(data: Typology): Array<{ origin: ClusterType['origin']; intensity: ClusterType['intensity']; types: ClusterType[] }> {
	return origins.flatMap((origin) => intensities.map((intensity) => ({ origin, intensity, types: data.types.filter((t) => t.origin === origin && t.intensity === intensity) })));
}

const lineHeight = 17;

/**
 * A 2 × 2 matrix: origin (rows) by intensity (columns). Each cell lists its types — driving force
 * in bold, representative clusters below — so the reader sees where each kind of cluster sits.
 */
export function layoutTypology(data: Typology, { width = 440 } = {}): ChartModel {
	const rowHeader = 108;
	const colHeader = 30;
	const pad = 10;
	const x = scaleBand<string>().domain(intensities).range([rowHeader, width]).paddingInner(0.04);
	// Bold 13px sans averages under 8px a character: a safe width without measuring text.
	const charsPerLine = Math.floor((x.bandwidth() - 2 * pad) / 8);
	const cells = typologyCells(data).map((cell) => ({
		...cell,
		blocks: cell.types.map((t) => ({ type: t, force: wrap(t.force, charsPerLine), clusters: t.clusters.flatMap((c) => wrap(clusterLabel(c), charsPerLine)) })),
	}));
	const cellHeight = (blocks: (typeof cells)[number]['blocks']) => pad * 2 + blocks.reduce((h, b, i) => h + (b.force.length + b.clusters.length) * lineHeight + (i > 0 ? 10 : 0), 0);
	const rowHeights = origins.map((o) => Math.max(70, ...cells.filter((c) => c.origin === o).map((c) => cellHeight(c.blocks))));
	const rowTop = (i: number) => colHeader + rowHeights.slice(0, i).reduce((a, b) => a + b + 6, 0);
	const height = rowTop(origins.length) - 6;

	const rects: RectMark[] = [];
	const texts: TextMark[] = intensities.map((i) => ({ x: r(x(i)! + x.bandwidth() / 2), y: 19, text: intensityLabel[i], anchor: 'middle' as const, kind: 'title' as const }));
	origins.forEach((o, row) => texts.push({ x: 0, y: r(rowTop(row) + rowHeights[row] / 2 + 5), text: originLabel[o], anchor: 'start', kind: 'title' }));
	for (const cell of cells) {
		const row = origins.indexOf(cell.origin);
		const cx = x(cell.intensity)!;
		const cy = rowTop(row);
		rects.push({ kind: 'box', x: r(cx), y: r(cy), w: r(x.bandwidth()), h: rowHeights[row], tone: cell.origin === 'endogenous' ? 2 : 1, label: `${originLabel[cell.origin]}, ${intensityLabel[cell.intensity]}` });
		let ty = cy + pad + 13;
		cell.blocks.forEach((b, i) => {
			if (i > 0) ty += 10;
			for (const line of b.force) {
				texts.push({ x: r(cx + pad), y: r(ty), text: line, anchor: 'start', kind: 'strong' });
				ty += lineHeight;
			}
			for (const line of b.clusters) {
				texts.push({ x: r(cx + pad), y: r(ty), text: line, anchor: 'start', kind: 'label' });
				ty += lineHeight;
			}
		});
	}
	return { width, height: r(height), rects, lines: [], paths: [], texts };
}
