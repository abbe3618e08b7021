import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { z } from 'zod';
import type { DataSetDefinition } from '../schemas/data-set';
import type { ChartModel } from './marks';
import type { DataTable } from './table';

/** What a layout may need beyond its data, read by the loading layer: the outline of China and the land round it, which the map draws. */
export interface ChartContext {
	outline: () => Feature<Polygon | MultiPolygon>;
	/** All land (China's neighbours and islands too) near China, for the detail maps. */
	land: () => Feature<Polygon | MultiPolygon>;
}

/**
 * A chart the report can place with `<Figure id="…" />`: the data set it draws, its layout at a width, its
 * data as a table (the figure's table and downloads), and the works its numbers come from. Declared beside
 * its layout and listed once in `src/charts/index.ts`; its caption and description are its entry in
 * `content/data/figures.yaml`.
 */
export interface ChartDefinition<D extends DataSetDefinition = DataSetDefinition> {
	id: string;
	data: D;
	layout: (data: z.infer<D['schema']>, width: number, context: ChartContext) => ChartModel;
	table: (data: z.infer<D['schema']>) => DataTable;
	/** Citation key of the source of its numbers; none when they are the draft's own. */
	source?: (data: z.infer<D['schema']>) => string | undefined;
	/** Citation key of a work the draft points to for more information. */
	furtherInformation?: (data: z.infer<D['schema']>) => string | undefined;
}

/** Declares a chart, keeping its data set's type for the functions that read it. */
export const defineChart = <D extends DataSetDefinition>(definition: ChartDefinition<D>): ChartDefinition<D> => definition;
