import type { TextRun } from '../citation/rich-text';
import type { ChartModel } from '../charts/marks';
import { formatFixed, formatNumber } from '../format/number';
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
	/**
	 * The drawing that only a column too narrow for the wide one shows: set in an element marked `hidden`, which
	 * the stylesheet overrides there, so that a reader without the site's CSS meets the wide drawing alone.
	 */
	hidden: boolean;
	links: Record<string, { href: string; name: string }>;
}

/**
 * A figure's chart, drawn twice: its name and description and every word the drawings set, held once (a
 * text browser or a reader without CSS meets each word of the chart once), and the two drawings, which set
 * those words by reference.
 */
export interface ChartsView {
	/** Id prefix of the title, the description and the words: unique on the page. */
	id: string;
	title: string;
	description: string;
	/** Every distinct word or line the drawings set, each with its id, in reading order. */
	texts: Array<{ id: string; text: string }>;
	drawings: ChartDrawing[];
}

/** Every text a chart model sets, in drawing order: its texts, then its points' label lines. */
export function chartWords(chart: ChartModel): string[] {
	return [...chart.texts.map((t) => t.text), ...(chart.points ?? []).flatMap((p) => p.lines)];
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
	charts: ChartsView;
	source: SourceLine;
	downloads: { page: string; svg: string; png: string; csv: string; json: string };
	table: TableView;
	tableOpen: boolean;
}

/**
 * How many decimals each number of a column shows: the column's own (`decimals`), or else as many as the most
 * precise number of its kind in the column needs (kinds as the row's `unit` names them: a column of values may
 * hold percentages beside counts), so that a column never mixes 1.5 with 75 (it reads 1.5 and 75.0).
 */
function decimalsOf(table: DataTable, column: DataTable['columns'][number]): (row: DataTable['rows'][number]) => number | undefined {
	if (column.decimals !== undefined) return () => column.decimals;
	const kind = (row: DataTable['rows'][number]) => String(row.unit ?? '');
	const most = new Map<string, number>();
	for (const row of table.rows) {
		const v = row[column.key];
		if (typeof v !== 'number' || row.unit === 'year') continue;
		most.set(kind(row), Math.max(most.get(kind(row)) ?? 0, /\.(\d+)$/.exec(formatNumber(v, 'count'))?.[1]?.length ?? 0));
	}
	return (row) => (row.unit === 'year' ? undefined : most.get(kind(row)));
}

/** A figure's data as a table: the rows the CSV and JSON downloads hold, each column's numbers at one precision. */
export function tableView(model: ReportModel, urls: SiteUrls, table: DataTable, caption: string): TableView {
	const decimals = new Map(table.columns.map((c) => [c.key, decimalsOf(table, c)]));
	return {
		caption,
		columns: table.columns.map((c) => ({ label: c.label, numeric: Boolean(c.numeric) })),
		rows: table.rows.map((row) =>
			table.columns.map((c): CellView => {
				const v = row[c.key] ?? '';
				const d = decimals.get(c.key)!(row);
				const text = typeof v === 'number' ? (d !== undefined ? formatFixed(v, d) : formatNumber(v, 'year')) : typeof v === 'object' ? v.text : v;
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
 * width (the other is display: none, so screen readers meet one chart). Their words are held once, for both.
 */
export function chartsView(model: ReportModel, urls: SiteUrls, figure: FigureModel): ChartsView {
	const links = Object.fromEntries(model.sections.map((s) => [s.id, { href: urls.section(s.id), name: s.short }]));
	const id = `${figure.anchor}-chart`;
	const words = [...new Set([...chartWords(figure.chart), ...chartWords(figure.compactChart)])];
	return {
		id,
		title: `${figure.label}. ${figure.caption}`,
		description: figure.description,
		texts: words.map((text, i) => ({ id: `${id}-t${i}`, text })),
		drawings: (['compact', 'wide'] as const).map((size) => ({
			chart: size === 'wide' ? figure.chart : figure.compactChart,
			id: `${id}-${size}`,
			class: `chart-${size}`,
			hidden: size === 'compact',
			links,
		})),
	};
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
		charts: chartsView(model, urls, figure),
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
