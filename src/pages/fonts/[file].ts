import type { APIRoute, GetStaticPaths } from 'astro';
import { reportModel } from '../../model/index';
import { chineseWebFont, chineseWebFontBytes } from '../../site/zh-font';

export const getStaticPaths = (() => {
	const font = chineseWebFont(reportModel());
	return font ? [{ params: { file: font.path.replace(/^fonts\//, '') } }] : [];
}) satisfies GetStaticPaths;

/** The Chinese web font, cut at build time to the characters the report uses. */
export const GET: APIRoute = async () => {
	const font = chineseWebFont(reportModel())!;
	return new Response(await chineseWebFontBytes(font), { headers: { 'Content-Type': 'font/woff2' } });
};
