import { scaleBand } from 'd3';
import type { ClusterType, Typology } from '../schemas/typology';
import { type ChartModel, type RectMark, type TextMark, chartSizes, narrow, r, textWidth, wrapPx } from './marks';
import { typologyData } from '../schemas/typology';
import { defineChart } from './figure';

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
 * in bold, representative clusters below — so the reader sees where each kind of cluster sits. Too
 * narrow for two columns, the four cells stack, each headed by its origin and intensity.
 */
export function layoutTypology(data: Typology, { width = chartSizes.wide }: { width?: number } = {}): ChartModel {
	const pad = 10;
	const stacked = narrow(width);
	const rowHeader = stacked ? 0 : Math.ceil(Math.max(...origins.map((o) => textWidth(originLabel[o], 'title'))) + 14);
	const x = scaleBand<string>().domain(intensities).range([rowHeader, width]).paddingInner(0.04);
	const cellWidth = stacked ? width : x.bandwidth();
	const textWidthInCell = cellWidth - 2 * pad;
	const header = (cell: { origin: ClusterType['origin']; intensity: ClusterType['intensity'] }) => wrapPx(`${originLabel[cell.origin]}, ${intensityLabel[cell.intensity].toLowerCase()}`, textWidthInCell, 'title');
	const cells = typologyCells(data).map((cell) => ({
		...cell,
		header: stacked ? header(cell) : [],
		blocks: cell.types.map((t) => ({ type: t, force: wrapPx(t.force, textWidthInCell, 'strong'), clusters: t.clusters.flatMap((c) => wrapPx(clusterLabel(c), textWidthInCell, 'label')) })),
	}));
	const cellHeight = (cell: (typeof cells)[number]) =>
		pad * 2 + cell.header.length * 18 + (cell.header.length ? 4 : 0) + cell.blocks.reduce((h, b, i) => h + (b.force.length + b.clusters.length) * lineHeight + (i > 0 ? 10 : 0), 0);
	const rects: RectMark[] = [];
	const texts: TextMark[] = [];
	const place: Array<{ cell: (typeof cells)[number]; x: number; y: number; h: number }> = [];
	let height: number;
	if (stacked) {
		let y = 0;
		for (const cell of cells) {
			const h = Math.max(cell.blocks.length ? 0 : 56, cellHeight(cell));
			place.push({ cell, x: 0, y, h });
			y += h + 6;
		}
		height = y - 6;
	} else {
		const colHeader = 30;
		// Column headings wrap rather than run past the chart's edge when a column is narrow.
		const headLines = intensities.map((i) => wrapPx(intensityLabel[i], x.bandwidth(), 'title'));
		const headHeight = colHeader + (Math.max(...headLines.map((l) => l.length)) - 1) * 17;
		intensities.forEach((i, k) => headLines[k].forEach((text, j) => texts.push({ x: r(x(i)! + x.bandwidth() / 2), y: 19 + j * 17, text, anchor: 'middle', kind: 'title' })));
		const rowHeights = origins.map((o) => Math.max(70, ...cells.filter((c) => c.origin === o).map(cellHeight)));
		const rowTop = (i: number) => headHeight + rowHeights.slice(0, i).reduce((a, b) => a + b + 6, 0);
		height = rowTop(origins.length) - 6;
		origins.forEach((o, row) => texts.push({ x: 0, y: r(rowTop(row) + rowHeights[row] / 2 + 5), text: originLabel[o], anchor: 'start', kind: 'title' }));
		for (const cell of cells) {
			const row = origins.indexOf(cell.origin);
			place.push({ cell, x: x(cell.intensity)!, y: rowTop(row), h: rowHeights[row] });
		}
	}
	for (const { cell, x: cx, y: cy, h } of place) {
		// Half a pixel inside its cell, so that the box's outline is never cut at the drawing's edge.
		rects.push({ kind: 'box', x: r(cx + 0.5), y: r(cy + 0.5), w: r(cellWidth - 1), h: r(h - 1), tone: cell.origin === 'endogenous' ? 2 : 1, label: `${originLabel[cell.origin]}, ${intensityLabel[cell.intensity]}` });
		let ty = cy + pad + 13;
		for (const line of cell.header) {
			texts.push({ x: r(cx + pad), y: r(ty), text: line, anchor: 'start', kind: 'title' });
			ty += 18;
		}
		if (cell.header.length) ty += 4;
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

/** The typology of clusters, with its types as the table. */
export const typologyChart = defineChart({
	id: 'typology',
	data: typologyData,
	layout: (typology, width) => layoutTypology(typology, { width }),
	source: (typology) => typology.source,
	table: (typology) => ({
		columns: [
			{ key: 'force', label: 'Driving force' },
			{ key: 'origin', label: 'Origin' },
			{ key: 'intensity', label: 'Intensity' },
			{ key: 'clusters', label: 'Representative cluster' },
		],
		rows: typology.types.map((t) => {
			const text = t.clusters.map(clusterLabel).join('; ');
			const note = t.clusters.find((c) => c.note)?.note;
			return { force: t.force, origin: originLabel[t.origin], intensity: intensityLabel[t.intensity], clusters: note ? { text, note } : text };
		}),
	}),
});
