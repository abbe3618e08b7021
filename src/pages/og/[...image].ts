import type { APIRoute, GetStaticPaths } from 'astro';
import { reportModel } from '../../model/index';
import { shareImageFiles, shareImagePng } from '../../site/picture-files';

export const getStaticPaths = (() => shareImageFiles(reportModel()).map((f) => ({ params: { image: f.path.replace(/^og\//, '') }, props: { page: f.page } }))) satisfies GetStaticPaths;

/** Each page's share image (Open Graph, Twitter card), 1200 × 630 PNG. */
export const GET: APIRoute = async ({ props }) => new Response(await shareImagePng(reportModel(), (props as { page: string }).page), { headers: { 'Content-Type': 'image/png' } });
