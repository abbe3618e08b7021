import type { APIRoute, GetStaticPaths } from 'astro';
import { reportModel } from '../../model/collections';
import { shareImageFiles, shareImagePng } from '../../components/pictures/draw';

export const getStaticPaths = (async () => shareImageFiles(await reportModel()).map((f) => ({ params: { image: f.path.replace(/^og\//, '') }, props: { page: f.page } }))) satisfies GetStaticPaths;

/** Each page's share image (Open Graph, Twitter card), 1200 × 630 PNG. */
export const GET: APIRoute = async ({ props }) => new Response(await shareImagePng((await reportModel()), (props as { page: string }).page), { headers: { 'Content-Type': 'image/png' } });
