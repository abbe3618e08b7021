import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { quotableFacts } from '../../lib/facts';
import { cellValue, charts, fillNumbers, toCsv } from '../../lib/figures';
import { reportData } from '../../lib/report-data';
import { figureIndex } from '../../lib/sections';

export const getStaticPaths = (() =>
	Object.keys(charts).flatMap((id) => [
		{ params: { download: `${id}.csv` }, props: { id, format: 'csv' as const } },
		{ params: { download: `${id}.json` }, props: { id, format: 'json' as const } },
	])) satisfies GetStaticPaths;

/** Each figure's data as CSV and JSON, generated from the same validated data as the chart. */
export const GET: APIRoute = async ({ props }) => {
	const { id, format } = props as { id: string; format: 'csv' | 'json' };
	const data = await reportData();
	const table = charts[id].table(data);
	if (format === 'csv') return new Response(toCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	const spec = (await getCollection('figures')).find((f) => f.id === id)?.data;
	const facts = quotableFacts(data);
	const body = {
		figure: (await figureIndex()).get(id)?.number ?? null,
		id,
		caption: spec ? fillNumbers(spec.caption, facts).text : null,
		source: charts[id].source(data),
		columns: table.columns,
		rows: table.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cellValue(v)]))),
	};
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
