import type { APIRoute, GetStaticPaths } from 'astro';
import { reportModel } from '../../model/collections';
import { dataDownload, dataFormats } from '../../site/downloads';

export const getStaticPaths = (async () => (await reportModel()).figures.flatMap((f) => dataFormats.map((format) => ({ params: { download: `${f.id}.${format}` }, props: { id: f.id, format } })))) satisfies GetStaticPaths;

/** Each figure's data as CSV and JSON, from the same validated data as the chart. */
export const GET: APIRoute = async ({ props }) => {
	const { id, format } = props as { id: string; format: (typeof dataFormats)[number] };
	const { body, type } = dataDownload((await reportModel()).figure(id), format);
	return new Response(body, { headers: { 'Content-Type': type } });
};
