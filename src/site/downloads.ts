import { cellValue, type DataTable } from '../charts/table';
import type { FigureModel } from '../model/report-model';

export const dataFormats = ['csv', 'json'] as const;

/**
 * One CSV cell. Text a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a
 * carriage return) is prefixed with an apostrophe, as OWASP advises, so opening a download runs nothing.
 */
function csvCell(value: string | number): string {
	let s = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A table as CSV: RFC 4180 quoting, CRLF line ends, header row first. */
export function toCsv(table: DataTable): string {
	const lines = [table.columns.map((c) => csvCell(c.label)), ...table.rows.map((row) => table.columns.map((c) => csvCell(cellValue(row[c.key]))))];
	return `${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

/** A figure's data file: CSV, or JSON with its label, caption and source. */
export function dataDownload(figure: FigureModel, format: (typeof dataFormats)[number]): { body: string; type: string } {
	if (format === 'csv') return { body: toCsv(figure.table), type: 'text/csv; charset=utf-8' };
	const body = {
		figure: figure.label,
		id: figure.id,
		caption: figure.caption,
		source: figure.source?.ref.id ?? null,
		columns: figure.table.columns,
		rows: figure.table.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cellValue(v)]))),
	};
	return { body: `${JSON.stringify(body, null, 2)}\n`, type: 'application/json' };
}
