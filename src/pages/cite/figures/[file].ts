import type { APIRoute, GetStaticPaths } from 'astro';
import { reportModel } from '../../../model/index';
import { citationDownloads, citationFile, type CitationDownload } from '../../../site/cite';
import { urls } from '../../../site/current';
import { figureCitationOf } from '../../../site/figure-citation';

export const getStaticPaths = (() => reportModel().figures.flatMap((f) => citationDownloads.map((d) => ({ params: { file: `${f.id}.${d.ext}` }, props: { id: f.id, download: d } })))) satisfies GetStaticPaths;

/** Each figure as BibTeX, RIS and CSL-JSON: the figure as a part of the report, at its own page. */
export const GET: APIRoute = ({ props }) => {
	const { id, download } = props as { id: string; download: CitationDownload };
	return new Response(citationFile(figureCitationOf(reportModel(), urls, id), download.ext), { headers: { 'Content-Type': download.type } });
};
