import { geoConicEqualArea, geoPath } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Gazetteer, Place } from '../schemas/place';
import { type ChartModel, type PointMark, r, wrap } from './marks';

/** A point on the map: a place with coordinates and every gazetteer entry drawn at it. */
export interface MapSite {
	place: Place;
	/** Entries lying within it (Zhongguancun and Yizhuang within Beijing). */
	within: Place[];
}

/** The places to draw: those with coordinates, each with the entries that lie within it. */
export function mapSites(gazetteer: Gazetteer): MapSite[] {
	return gazetteer.places
		.filter((p) => p.lat !== undefined && p.lon !== undefined && !p.within)
		.map((place) => ({ place, within: gazetteer.places.filter((p) => p.within === place.id) }));
}

/** The label of a site: its name, and the names of what lies within it. */
export function siteLabel(site: MapSite): string {
	return site.within.length ? `${site.place.name} (${site.within.map((p) => p.name).join(', ')})` : site.place.name;
}

const offsets = { left: [-8, 4, 'end'], right: [8, 4, 'start'], above: [0, -9, 'middle'], below: [0, 16, 'middle'] } as const;

/**
 * China in an equal-area conic projection suited to its latitudes, with every place in the gazetteer
 * as a labelled point (deltas and regions as larger rings), each linked to the section that discusses it.
 */
export function layoutMap(gazetteer: Gazetteer, outline: Feature<Polygon | MultiPolygon>, { width = 440 } = {}): ChartModel {
	const height = Math.round(width * 0.78);
	const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).fitExtent([[4, 4], [width - 4, height - 4]], outline);
	const path = geoPath(projection).digits(1);
	const points: PointMark[] = [];
	for (const site of mapSites(gazetteer)) {
		const xy = projection([site.place.lon!, site.place.lat!]);
		if (!xy) continue;
		const [x, y] = xy;
		const area = site.place.kind === 'delta' || site.place.kind === 'region';
		const [dx, dy, anchor] = offsets[site.place.label];
		const spread = area ? 10 : 0;
		const lines = wrap(siteLabel(site), 26);
		// A label beside a place at China's edge is kept inside the view box (its lines are 15 apart).
		const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
		points.push({
			x: r(x),
			y: r(y),
			radius: area ? 14 : 4,
			kind: area ? 'area' : 'place',
			label: siteLabel(site),
			lines,
			labelX: r(clamp(x + dx + Math.sign(dx) * spread, 0, width)),
			labelY: r(clamp(y + dy + Math.sign(dy) * spread, 12, height - 4 - (lines.length - 1) * 15)),
			anchor,
			...(site.place.sections[0] ? { section: site.place.sections[0] } : {}),
		});
	}
	return { width, height, rects: [], lines: [], paths: [{ d: path(outline) ?? '', kind: 'land' }], texts: [], points };
}
