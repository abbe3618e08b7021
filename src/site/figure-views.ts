import type { TextRun } from '../citation/rich-text';
import type { ChartModel } from '../charts/marks';
import { formatNumber } from '../format/number';
import { lastWord } from '../format/words';
import type { DataTable } from '../charts/table';
import type { FigureModel, ReportModel } from '../model/report-model';
import { figurePaths } from './figure-paths';
import { edNoteView, referenceHref } from './tag-views';
import type { SiteUrls } from './urls';

/** What a figure's parts draw, worked out from the model: pure, so the components only draw. */

/** Where a figure's numbers come from, as a reader sees it under the figure (and in its picture, as text). */
export function sourceText(figure: FigureModel): string {
	const source = figure.source ? `Source: ${figure.source.citation}.` : 'Source: the figures given in the text.';
	return figure.furtherInformation ? `${source} For more information: ${figure.furtherInformation.citation}.` : source;
}

/** The source line: each work cited, linked to its entry in the references. */
export interface SourceLine {
	source?: { href: string; text: string; runs: TextRun[] };
	furtherInformation?: { href: string; text: string; runs: TextRun[] };
}

/** One drawing of the chart: the compact or the wide layout, with the ids unique on the page. */
export interface ChartDrawing {
	chart: ChartModel;
	id: string;
	class: string;
	title: string;
	description: string;
	links: Record<string, { href: string; name: string }>;
}

/** A table cell: its text, and the language or editors' note it carries. */
export interface CellView {
	text: string;
	/**
	 * With a note: the text before the note's last word, and that word, which the marker is joined to in one
	 * unbreakable span, so the marker never starts a line on its own.
	 */
	joined?: { lead: string; word: string };
	lang?: string;
	note?: ReturnType<typeof edNoteView>;
	numeric: boolean;
}

export interface TableView {
	caption: string;
	columns: Array<{ label: string; numeric: boolean }>;
	/** The first cell of each row heads it. */
	rows: CellView[][];
}

export interface FigureView {
	id: string;
	anchor: string;
	label: string;
	caption: string;
	addedByEditors: boolean;
	reconstructed?: string;
	drawings: ChartDrawing[];
	source: SourceLine;
	downloads: { page: string; svg: string; png: string; csv: string; json: string };
	table: TableView;
	tableOpen: boolean;
}

/** A figure's data as a table: the rows the CSV and JSON downloads hold. */
export function tableView(model: ReportModel, urls: SiteUrls, table: DataTable, caption: string): TableView {
	return {
		caption,
		columns: table.columns.map((c) => ({ label: c.label, numeric: Boolean(c.numeric) })),
		rows: table.rows.map((row) =>
			table.columns.map((c): CellView => {
				const v = row[c.key] ?? '';
				const text = typeof v === 'number' ? formatNumber(v, row.unit === 'year' ? 'year' : 'count') : typeof v === 'object' ? v.text : v;
				return {
					text,
					numeric: Boolean(c.numeric),
					...(typeof v === 'object' && 'lang' in v ? { lang: v.lang } : {}),
					...(typeof v === 'object' && 'note' in v ? { note: edNoteView({ model, urls }, v.note), joined: lastWord(text) } : {}),
				};
			}),
		),
	};
}

/**
 * A figure's chart in both layouts, compact and wide; the stylesheet shows the one that fits the figure's
 * width (the other is display: none, so screen readers meet one chart).
 */
export function chartDrawings(model: ReportModel, urls: SiteUrls, figure: FigureModel): ChartDrawing[] {
	const links = Object.fromEntries(model.sections.map((s) => [s.id, { href: urls.section(s.id), name: s.short }]));
	return (['compact', 'wide'] as const).map((size) => ({
		chart: size === 'wide' ? figure.chart : figure.compactChart,
		id: `${figure.anchor}-chart-${size}`,
		class: `chart-${size}`,
		title: `${figure.label}. ${figure.caption}`,
		description: figure.description,
		links,
	}));
}

/** Everything a figure block or a figure's page draws. */
export function figureView(model: ReportModel, urls: SiteUrls, figure: FigureModel): FigureView {
	const cited = (c: FigureModel['source']) => (c ? { href: referenceHref(model, urls, c.ref.id), text: c.citation, runs: c.runs } : undefined);
	const source = cited(figure.source);
	const further = cited(figure.furtherInformation);
	return {
		id: figure.id,
		anchor: figure.anchor,
		label: figure.label,
		caption: figure.caption,
		addedByEditors: figure.series === 'editors',
		...(figure.reconstructed ? { reconstructed: figure.reconstructed } : {}),
		drawings: chartDrawings(model, urls, figure),
		source: { ...(source ? { source } : {}), ...(further ? { furtherInformation: further } : {}) },
		downloads: {
			page: urls.page(figurePaths.page(figure.id)),
			svg: urls.page(figurePaths.picture(figure.id, 'svg')),
			png: urls.page(figurePaths.picture(figure.id, 'png')),
			csv: urls.page(`data/${figure.id}.csv`),
			json: urls.page(`data/${figure.id}.json`),
		},
		table: tableView(model, urls, figure.table, figure.tableCaption),
		tableOpen: figure.tableOpen,
	};
}
