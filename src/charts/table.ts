/** A table cell: text or a number, text with an editorial note shown beside it, or text in another language. */
export type Cell = string | number | { text: string; note: string } | { text: string; lang: string };

/** A figure's data as a table: the same rows feed the HTML table, the CSV and the JSON download. */
export interface DataTable {
	/** `decimals`: how many digits after the point every number of the column shows (one precision a column). */
	columns: Array<{ key: string; label: string; numeric?: boolean; decimals?: number }>;
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
