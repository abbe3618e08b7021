import type { ChartModel } from '../charts/marks';
import { layoutGrowth } from '../charts/growth';
import { layoutMap, mapSites } from '../charts/map';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { layoutInnovationSystem } from '../charts/innovation-system';
import { layoutPartnerships } from '../charts/partnerships';
import { layoutTorch } from '../charts/torch';
import { clusterLabel, intensityLabel, layoutTypology, originLabel } from '../charts/typology';
import type { ReportData } from '../load/data-sets';

/** A table cell: text or a number, text with an editorial note shown beside it, or text in another language. */
export type Cell = string | number | { text: string; note: string } | { text: string; lang: string };

/** A figure's data as a table: the same rows feed the HTML table, the CSV and the JSON download. */
export interface DataTable {
	columns: Array<{ key: string; label: string; numeric?: boolean }>;
	rows: Array<Record<string, Cell>>;
}

/** The plain value of a cell, for downloads. */
export function cellValue(cell: Cell | undefined): string | number {
	if (cell === undefined) return '';
	return typeof cell === 'object' ? cell.text : cell;
}

/** Editorial-note ids a table shows, so the checks count them as marked. */
export function tableNotes(table: DataTable): string[] {
	return table.rows.flatMap((row) => Object.values(row).flatMap((c) => (typeof c === 'object' && 'note' in c ? [c.note] : [])));
}

interface ChartDefinition {
	/** The data set the chart draws. */
	dataSet: 'typology' | 'growth' | 'torch' | 'zhongguancun' | 'places';
	/** The chart laid out at a width (see `chartSizes`); the map alone needs the outline of China, read by the loading layer. */
	layout: (data: ReportData, width: number, outline?: Feature<Polygon | MultiPolygon>) => ChartModel;
	table: (data: ReportData) => DataTable;
	/** Citation key of the chart's source; none when the numbers are the draft's own. */
	source: (data: ReportData) => string | undefined;
	/** Citation key of a work the draft points to for more information. */
	furtherInformation?: (data: ReportData) => string | undefined;
}

/** Every chart the report can place with `<Figure id="…" />`. */
export const charts: Record<string, ChartDefinition> = {
	map: {
		dataSet: 'places',
		layout: (d, width, outline) => {
			if (!outline) throw new Error('the map needs the outline of China');
			return layoutMap(d.places, outline, { width });
		},
		source: () => 'naturalearth',
		table: (d) => ({
			columns: [
				{ key: 'place', label: 'Place' },
				{ key: 'chinese', label: 'Chinese' },
				{ key: 'pinyin', label: 'Pinyin' },
				{ key: 'province', label: 'Province' },
				{ key: 'latitude', label: 'Latitude (°N)', numeric: true },
				{ key: 'longitude', label: 'Longitude (°E)', numeric: true },
			],
			rows: mapSites(d.places).flatMap((site) =>
				[site.place, ...site.within].map((p) => ({
					place: p.name,
					chinese: { text: p.chinese, lang: 'zh-Hans' },
					pinyin: p.pinyin,
					province: p.province ?? '',
					latitude: p.lat ?? site.place.lat!,
					longitude: p.lon ?? site.place.lon!,
				})),
			),
		}),
	},
	typology: {
		dataSet: 'typology',
		layout: (d, width) => layoutTypology(d.typology, { width }),
		source: (d) => d.typology.source,
		table: (d) => ({
			columns: [
				{ key: 'force', label: 'Driving force' },
				{ key: 'origin', label: 'Origin' },
				{ key: 'intensity', label: 'Intensity' },
				{ key: 'clusters', label: 'Representative cluster' },
			],
			rows: d.typology.types.map((t) => {
				const text = t.clusters.map(clusterLabel).join('; ');
				const note = t.clusters.find((c) => c.note)?.note;
				return { force: t.force, origin: originLabel[t.origin], intensity: intensityLabel[t.intensity], clusters: note ? { text, note } : text };
			}),
		}),
	},
	growth: {
		dataSet: 'growth',
		layout: (d, width) => layoutGrowth(d.growth, { width }),
		source: (d) => d.growth.source,
		table: (d) => ({
			columns: [
				{ key: 'city', label: 'City' },
				{ key: 'province', label: 'Province' },
				{ key: 'growth', label: `${d.growth.measure} (%)`, numeric: true },
			],
			rows: d.growth.cities.map((c) => ({ city: c.name, province: c.province, growth: c.value })),
		}),
	},
	torch: {
		dataSet: 'torch',
		layout: (d, width) => layoutTorch(d.torch, { width }),
		source: (d) => d.torch.source,
		furtherInformation: (d) => d.torch.furtherInformation,
		table: (d) => ({
			columns: [
				{ key: 'measure', label: 'Measure' },
				{ key: 'value', label: 'Value', numeric: true },
				{ key: 'unit', label: 'Unit' },
			],
			rows: [
				{ measure: `Projects funded since ${d.torch.launched.value}`, value: d.torch.projectsFunded.value, unit: 'projects' },
				{ measure: 'Ongoing projects', value: d.torch.ongoingProjects.value, unit: 'projects' },
				{ measure: 'Profit of the ongoing projects', value: d.torch.ongoingProfit.value, unit: 'billion yuan' },
				{ measure: `Domestic patents, ${d.torch.patents.year}`, value: d.torch.patents.domestic.value, unit: 'patents' },
				{ measure: `International patents, ${d.torch.patents.year}`, value: d.torch.patents.international.value, unit: 'patents' },
			],
		}),
	},
	partnerships: {
		dataSet: 'zhongguancun',
		layout: (d, width) => layoutPartnerships(d.zhongguancun, { width }),
		source: (d) => d.zhongguancun.source,
		table: (d) => {
			const z = d.zhongguancun;
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
	},
	'innovation-system': {
		dataSet: 'zhongguancun',
		layout: (d, width) => layoutInnovationSystem(d.zhongguancun, { width }),
		source: (d) => d.zhongguancun.source,
		table: (d) => {
			const z = d.zhongguancun;
			return {
				columns: [
					{ key: 'part', label: 'Part of the system' },
					{ key: 'item', label: 'Item' },
					{ key: 'value', label: 'Value', numeric: true },
					{ key: 'unit', label: 'Unit' },
				],
				rows: [
					...z.levers.flatMap((l) => l.figures.map((f) => ({ part: `${l.name} (${l.attribution})`, item: f.label, value: f.value, unit: f.unit }))),
					...z.ecosystem.map((f) => ({ part: f.side === 'research' ? 'Universities and research institutes' : 'Firms', item: f.label, value: f.value, unit: f.unit })),
					{ part: 'Partnership', item: 'enterprises invested in by research institutes/universities (Table 1)', value: z.links.length, unit: 'count' },
				],
			};
		},
	},
};
