import type { ChartDefinition } from './figure';
import { growthChart } from './growth';
import { innovationSystemChart } from './innovation-system';
import { mapChart } from './map';
import { partnershipsChart } from './partnerships';
import { torchChart } from './torch';
import { typologyChart } from './typology';

/**
 * Every chart the report can place with `<Figure id="…" />`, by id. A new chart is its data set (a YAML
 * file and its schema, listed in src/load/data-sets.ts), its layout with `defineChart` beside it, an entry
 * in content/data/figures.yaml, and a line here.
 */
export const charts: Readonly<Record<string, ChartDefinition>> = Object.fromEntries(
	([mapChart, typologyChart, growthChart, torchChart, partnershipsChart, innovationSystemChart] as unknown as ChartDefinition[]).map((c) => [c.id, c]),
);
