import type { APIRoute, GetStaticPaths } from 'astro';
import { citableItem, citableTargets, citationDownloads } from '../../lib/cite-this';
import { formatCitation } from '../../lib/csl';

export const getStaticPaths = (async () =>
	(await citableTargets()).flatMap((target) => citationDownloads.map((d) => ({ params: { file: `${target}.${d.ext}` }, props: { target, ext: d.ext, type: d.type } })))) satisfies GetStaticPaths;

/** The report and each section as BibTeX, RIS and CSL-JSON files, from the same item as the cite-this block. */
export const GET: APIRoute = async ({ props, site }) => {
	const { target, ext, type } = props as { target: string; ext: 'bib' | 'ris' | 'json'; type: string };
	const formatted = formatCitation(await citableItem(site!, target));
	const body = ext === 'bib' ? formatted.bibtex : ext === 'ris' ? formatted.ris : formatted.csl;
	return new Response(body, { headers: { 'Content-Type': type } });
};
