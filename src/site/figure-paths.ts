/** Where a figure lives on the site, relative to the base path: its page, its pictures, its citation files. */
export const figurePaths = {
	/** `figures/map/` */
	page: (id: string) => `figures/${id}/`,
	/** `figures/map.svg`, `figures/map.png` */
	picture: (id: string, ext: 'svg' | 'png') => `figures/${id}.${ext}`,
	/** `cite/figures/map.bib` */
	cite: (id: string, ext: string) => `cite/figures/${id}.${ext}`,
};

/** Formats of a figure's picture downloads. */
export const pictureFormats = ['svg', 'png'] as const;
export type PictureFormat = (typeof pictureFormats)[number];

/** Width of a figure's PNG in pixels: print resolution for a chart a column wide. */
export const pngWidth = 1600;
