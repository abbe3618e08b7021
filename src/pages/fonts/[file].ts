import type { APIRoute, GetStaticPaths } from 'astro';
import { reportModel } from '../../model/collections';
import { chineseWebFont, chineseWebFontBytes } from '../../site/zh-font';

export const getStaticPaths = (async () => {
	const font = chineseWebFont(await reportModel());
	return font ? [{ params: { file: font.path.replace(/^fonts\//, '') } }] : [];
}) satisfies GetStaticPaths;

/** The Chinese web font, cut at build time to the characters the report uses. */
export const GET: APIRoute = async () => {
	const font = chineseWebFont(await reportModel())!;
	return new Response(await chineseWebFontBytes(font), { headers: { 'Content-Type': 'font/woff2' } });
};
