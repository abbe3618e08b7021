import type { ReportModel } from '../model/report-model';
import { figurePictureSvg } from '../render/figure-picture';
import { shareImageSize, shareImageSvg } from '../render/share-image';
import { figurePaths, pngWidth, type PictureFormat } from './figure-paths';
import { pictureFonts, svgToPng } from './pictures';
import { shareCards, shareImagePath } from './share-images';
import type { SiteUrls } from './urls';

/** A figure as a standalone SVG, credited to the report at the figure's page. */
export function figureSvg(model: ReportModel, urls: SiteUrls, id: string): string {
	const r = model.meta;
	return figurePictureSvg(model.figure(id), { work: `${r.title} (${r.institution}, ${r.dates.published.slice(0, 4)})`, licence: r.licence.name, url: urls.absolute(figurePaths.page(id)) });
}

/** A figure's picture download: the standalone SVG, or a PNG drawn from that same SVG at print width. */
export async function figurePicture(model: ReportModel, urls: SiteUrls, id: string, format: PictureFormat): Promise<{ body: string | Uint8Array<ArrayBuffer>; type: string }> {
	const svg = figureSvg(model, urls, id);
	return format === 'svg' ? { body: svg, type: 'image/svg+xml' } : { body: await svgToPng(svg, pngWidth, await pictureFonts()), type: 'image/png' };
}

/** Every share image, by its path relative to the base (`og/index.png`), with the page it previews. */
export function shareImageFiles(model: ReportModel): Array<{ path: string; page: string }> {
	return [...shareCards(model).values()].map((c) => ({ path: shareImagePath(c.page), page: c.page }));
}

/** The PNG share image of a page, 1200 × 630. */
export async function shareImagePng(model: ReportModel, page: string): Promise<Uint8Array<ArrayBuffer>> {
	const card = shareCards(model).get(page);
	if (!card) throw new Error(`no share image for the page "${page}"`);
	return svgToPng(shareImageSvg(card.card), shareImageSize.width, await pictureFonts());
}
