import type { APIRoute, GetStaticPaths } from 'astro';
import { reportModel } from '../../model/collections';
import { urls } from '../../site/current';
import { pictureFormats, type PictureFormat } from '../../site/figure-paths';
import { figurePicture } from '../../components/pictures/draw';

export const getStaticPaths = (async () => (await reportModel()).figures.flatMap((f) => pictureFormats.map((format) => ({ params: { picture: `${f.id}.${format}` }, props: { id: f.id, format } })))) satisfies GetStaticPaths;

/** Each figure as a standalone SVG and a PNG drawn from it, built without a browser. */
export const GET: APIRoute = async ({ props }) => {
	const { id, format } = props as { id: string; format: PictureFormat };
	const { body, type } = await figurePicture((await reportModel()), urls, id, format);
	return new Response(body, { headers: { 'Content-Type': type } });
};
