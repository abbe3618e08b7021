import type { APIRoute, GetStaticPaths } from 'astro';
import { reportModel } from '../../model/collections';
import { citableTargets, citationDownloads, citationExportsOf, citationFile, type CitationDownload } from '../../site/cite';
import { urls } from '../../site/current';

export const getStaticPaths = (async () =>
	citableTargets(await reportModel()).flatMap((target) => citationDownloads.map((d) => ({ params: { file: `${target}.${d.ext}` }, props: { target, download: d } })))) satisfies GetStaticPaths;

/** The report and each section as BibTeX, RIS and CSL-JSON files, the same citations as the cite-this blocks. */
export const GET: APIRoute = async ({ props }) => {
	const { target, download } = props as { target: string; download: CitationDownload };
	return new Response(citationFile(citationExportsOf((await reportModel()), urls, target), download.ext), { headers: { 'Content-Type': download.type } });
};
