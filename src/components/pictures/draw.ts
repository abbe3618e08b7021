import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { cachedBytes } from '../../cache/disk';
import type { FigureModel, ReportModel } from '../../model/report-model';
import { figurePaths, pngWidth, type PictureFormat } from '../../site/figure-paths';
import { figurePictureLayout, shareImageLayout, shareImageSize, type PictureCredit, type ShareImage } from '../../site/picture-layouts';
import { figurePng, pictureFonts, svgToPng } from '../../site/pictures';
import { editionBuild } from '../../site/current';
import { shareCards, shareImagePath } from '../../site/share-images';
import type { SiteUrls } from '../../site/urls';
import FigurePicture from './FigurePicture.astro';
import ShareImageSvg from './ShareImage.astro';

/**
 * The pictures as SVG documents, drawn by their components through Astro's Container API: the same Chart
 * component as the pages, never a second copy of the chart's markup. One container serves the build.
 */
let container: Promise<AstroContainer> | undefined;
const draw = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
	`<?xml version="1.0" encoding="UTF-8"?>\n${await (await (container ??= AstroContainer.create())).renderToString(component, { props })}\n`;

/** A figure as a standalone SVG with its credit line. */
export function figurePictureSvg(figure: FigureModel, credit: PictureCredit): Promise<string> {
	return draw(FigurePicture, { layout: figurePictureLayout(figure, credit) });
}

/** A figure of the report as a standalone SVG, credited to the report at the figure's page. */
export function figureSvg(model: ReportModel, urls: SiteUrls, id: string): Promise<string> {
	const r = model.meta;
	return figurePictureSvg(model.figure(id), { work: `${r.title} (${r.institution}, ${r.dates.published.slice(0, 4)})`, licence: r.licence.name, url: urls.absolute(figurePaths.page(id)) });
}

/** A share image as an SVG document, 1200 × 630. */
export function shareImageSvg(card: ShareImage): Promise<string> {
	return draw(ShareImageSvg, { layout: shareImageLayout(card) });
}

/** A figure's picture download: the standalone SVG, or a PNG drawn from that same SVG at print width. */
export async function figurePicture(model: ReportModel, urls: SiteUrls, id: string, format: PictureFormat): Promise<{ body: string | Uint8Array<ArrayBuffer>; type: string }> {
	const svg = await figureSvg(model, urls, id);
	if (format === 'svg') return { body: svg, type: 'image/svg+xml' };
	return { body: await figurePng(editionBuild.forPicture?.(svg) ?? svg), type: 'image/png' };
}

/** Every share image, by its path relative to the base (`og/index.png`), with the page it previews. */
export function shareImageFiles(model: ReportModel): Array<{ path: string; page: string }> {
	return [...shareCards(model).values()].map((c) => ({ path: shareImagePath(c.page), page: c.page }));
}

/** The PNG share image of a page, 1200 × 630. */
export async function shareImagePng(model: ReportModel, page: string): Promise<Uint8Array<ArrayBuffer>> {
	const card = shareCards(model).get(page);
	if (!card) throw new Error(`no share image for the page "${page}"`);
	const svg = await shareImageSvg(card.card);
	return cachedBytes('share-png', [svg, shareImageSize.width], async () => svgToPng(svg, shareImageSize.width, await pictureFonts()));
}
