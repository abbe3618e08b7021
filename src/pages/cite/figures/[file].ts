import type { APIRoute, GetStaticPaths } from 'astro';
import { reportModel } from '../../../model/collections';
import { citationDownloads, citationFile, type CitationDownload } from '../../../site/cite';
import { urls } from '../../../site/current';
import { figureCitationOf } from '../../../site/figure-citation';

export const getStaticPaths = (async () => (await reportModel()).figures.flatMap((f) => citationDownloads.map((d) => ({ params: { file: `${f.id}.${d.ext}` }, props: { id: f.id, download: d } })))) satisfies GetStaticPaths;

/** Each figure as BibTeX, RIS and CSL-JSON: the figure as a part of the report, at its own page. */
export const GET: APIRoute = async ({ props }) => {
	const { id, download } = props as { id: string; download: CitationDownload };
	return new Response(citationFile(figureCitationOf((await reportModel()), urls, id), download.ext), { headers: { 'Content-Type': download.type } });
};
