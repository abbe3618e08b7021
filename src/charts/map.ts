import { geoConicEqualArea, geoMercator, geoPath, polygonContains, type GeoProjection } from 'd3';
import type { Feature, MultiPoint, MultiPolygon, Polygon } from 'geojson';
import type { Gazetteer, Place } from '../schemas/place';
import { type Box, type ChartModel, type LineMark, type PathMark, type PointMark, type RectMark, type TextMark, chartSizes, fontSize, insideBox, intersects, labelLeading, narrow, r, textBox, textWidth, wrapPx } from './marks';
import { placesData } from '../schemas/place';
import { defineChart } from './figure';

/** A point on the map: a place with coordinates and every gazetteer entry lying within it. */
export interface MapSite {
	place: Place;
	/** Entries lying within it (Zhongguancun and Yizhuang within Beijing), drawn on its detail map. */
	within: Place[];
}

/** The places to draw: those with coordinates, each with the entries that lie within it. */
export function mapSites(gazetteer: Gazetteer): MapSite[] {
	return gazetteer.places
		.filter((p) => p.lat !== undefined && p.lon !== undefined && !p.within)
		.map((place) => ({ place, within: gazetteer.places.filter((p) => p.within === place.id) }));
}

/** Radius drawn for an area without an extent of its own, in km. */
const defaultExtentKm = 100;
/** Half the side of every point's link target: 24 × 24 CSS px at the least. */
export const targetHalf = 12;

/** A label to place: the point it belongs to and its lines. */
interface LabelItem {
	x: number;
	y: number;
	/** Radius of the mark at the point; labels keep clear of it. */
	radius: number;
	/** The ways its name may be set: on one line, or broken over two (which costs a little more). */
	wrappings: string[][];
	kind: TextMark['kind'];
	/** Where labels may go. */
	bounds: Box;
	/** What labels must keep off besides texts and points: a frame, the detail map, its scale bar. */
	avoid: Box[];
	/** Whether a label box runs across the coastline of the land drawn under it. */
	straddlesCoast?: (box: Box) => boolean;
}

interface Placement {
	lines: string[];
	labelX: number;
	labelY: number;
	anchor: TextMark['anchor'];
	boxes: Box[];
	/** All its lines' boxes in one. */
	hull: Box;
	leader?: { x1: number; y1: number; x2: number; y2: number };
	cost: number;
	/** It runs across the coastline. */
	coast: boolean;
}

/** Does the segment from (x1,y1) to (x2,y2) cross the box? (Liang–Barsky clipping.) */
function segmentHits(s: { x1: number; y1: number; x2: number; y2: number }, b: Box): boolean {
	const dx = s.x2 - s.x1;
	const dy = s.y2 - s.y1;
	let t0 = 0;
	let t1 = 1;
	for (const [p, q] of [
		[-dx, s.x1 - b.x0],
		[dx, b.x1 - s.x1],
		[-dy, s.y1 - b.y0],
		[dy, b.y1 - s.y1],
	]) {
		if (p === 0) {
			if (q < 0) return false;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
			if (t0 > t1) return false;
		}
	}
	return true;
}

const pointBox = (x: number, y: number, half: number): Box => ({ x0: x - half, y0: y - half, x1: x + half, y1: y + half });

/** How far a point lies from a box (0 inside it). */
export const distanceToBox = (x: number, y: number, b: Box) => Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

/**
 * How much nearer its own point a label must be than any other point, in px: enough that the label reads
 * as its point's, whatever the reader's font (the real text is never wider than its estimated box, which
 * only brings the other points further off).
 */
export const nearestMargin = 3;

/**
 * A name on one line (at most 220 px), and, if it has several words, also broken in two at the space that
 * leaves the longer line shortest: "North-East / (Dongbei)" fits where the whole name would cross a coast.
 */
function wrappingsOf(name: string, kind: TextMark['kind']): string[][] {
	const one = wrapPx(name, 220, kind);
	const words = name.split(/\s+/);
	if (one.length > 1 || words.length < 2) return [one];
	let best: string[] | undefined;
	for (let i = 1; i < words.length; i++) {
		const two = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
		if (!best || Math.max(...two.map((l) => textWidth(l, kind))) < Math.max(...best.map((l) => textWidth(l, kind)))) best = two;
	}
	return [one, best!];
}

/**
 * Every place a label could stand: the eight directions around its point, first beside it, then
 * further out with a leader line, each scored by how far it strays and how it reads (right of the point
 * first). Label boxes come from the estimated text widths (`textWidth`), so they hold the drawn text.
 */
function candidates(item: LabelItem): Placement[] {
	const size = fontSize[item.kind];
	const ascent = size * 0.93;
	const out: Placement[] = [];
	const directions = [
		{ dx: 1, dy: 0, pref: 0 },
		{ dx: -1, dy: 0, pref: 1 },
		{ dx: 0, dy: -1, pref: 2 },
		{ dx: 0, dy: 1, pref: 2.5 },
		{ dx: 1, dy: -1, pref: 3 },
		{ dx: -1, dy: -1, pref: 3.5 },
		{ dx: 1, dy: 1, pref: 4 },
		{ dx: -1, dy: 1, pref: 4.5 },
	];
	for (const [k, lines] of item.wrappings.entries()) {
		const w = Math.max(...lines.map((l) => textWidth(l, item.kind)));
		const h = (lines.length - 1) * labelLeading + size * 1.17;
		for (const [step, far] of [0, 8, 16, 26, 38, 52, 68, 86].entries()) {
			for (const d of directions) {
				const gap = item.radius + 4 + far;
				const diag = d.dx !== 0 && d.dy !== 0 ? Math.SQRT1_2 : 1;
				// The box's edge nearest the point sits `gap` away from it in the direction.
				const cx = item.x + d.dx * gap * diag;
				const cy = item.y + d.dy * gap * diag;
				const x0 = d.dx > 0 ? cx : d.dx < 0 ? cx - w : cx - w / 2;
				const y0 = d.dy > 0 ? cy : d.dy < 0 ? cy - h : cy - h / 2;
				const anchor: TextMark['anchor'] = d.dx > 0 ? 'start' : d.dx < 0 ? 'end' : 'middle';
				const labelX = anchor === 'start' ? x0 : anchor === 'end' ? x0 + w : x0 + w / 2;
				const labelY = y0 + ascent;
				const boxes = lines.map((text, i) => textBox({ x: labelX, y: labelY + i * labelLeading, text, anchor, kind: item.kind }));
				const hull = { x0: Math.min(...boxes.map((b) => b.x0)), y0: Math.min(...boxes.map((b) => b.y0)), x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)) };
				const leader = far > 0 ? { x1: item.x + d.dx * (item.radius + 1) * diag, y1: item.y + d.dy * (item.radius + 1) * diag, x2: cx - d.dx * 2, y2: cy - d.dy * 2 } : undefined;
				const coast = item.straddlesCoast ? boxes.some((b) => item.straddlesCoast!(b)) : false;
				out.push({ lines, labelX, labelY, anchor, boxes, hull, ...(leader ? { leader } : {}), cost: step * 10 + d.pref + k * 5, coast });
			}
		}
	}
	return out.filter((c) => insideBox(c.hull, item.bounds)).sort((a, b) => a.cost - b.cost);
}

/**
 * Places every label so that it cannot be misread: no two label boxes intersect, no label covers another
 * point or an obstacle (a detail map's frame), no leader line crosses a label, and every label lies nearer
 * its own point than any other (by `nearestMargin`). Labels keep off the coastline: the search first
 * tries with every label wholly on land or wholly at sea (a leader line carries one out to sea), and only
 * if that leaves no answer lets a label cross it. A depth-first search over each label's candidates, the
 * point with the fewest left first, cheapest candidates first. If the search runs out of its budget, the
 * best partial answer is completed greedily (the unit tests would then fail).
 */
function placeLabels(items: LabelItem[]): Placement[] {
	const all = items.map(candidates);
	const dots = items.map((it) => pointBox(it.x, it.y, it.radius + 1.5));
	const nearest = (i: number, c: Placement) => {
		const own = distanceToBox(items[i].x, items[i].y, c.hull);
		return items.every((o, j) => j === i || distanceToBox(o.x, o.y, c.hull) > own + nearestMargin);
	};
	// What a candidate must meet whatever the others do: computed once.
	const alone = all.map((options, i) =>
		options.filter((c) => {
			for (const b of c.boxes) {
				if (items[i].avoid.some((o) => intersects(b, o))) return false;
				if (dots.some((d, j) => j !== i && intersects(b, d, 1))) return false;
			}
			// A leader leaves its point through the dots crowded round it (they overlap at this scale), never through one further off.
			if (c.leader && dots.some((d, j) => j !== i && Math.hypot(items[j].x - items[i].x, items[j].y - items[i].y) > 14 && segmentHits(c.leader!, d))) return false;
			return nearest(i, c);
		}),
	);
	const chosen: Array<Placement | undefined> = items.map(() => undefined);
	const fits = (i: number, c: Placement): boolean => {
		for (let j = 0; j < items.length; j++) {
			const other = chosen[j];
			if (!other || j === i) continue;
			if (!intersects(c.hull, other.hull, 2)) {
				if (c.leader && other.boxes.some((o) => segmentHits(c.leader!, o))) return false;
				if (other.leader && c.boxes.some((b) => segmentHits(other.leader!, b))) return false;
				continue;
			}
			if (c.boxes.some((b) => other.boxes.some((o) => intersects(b, o, 2)))) return false;
			if (c.leader && other.boxes.some((o) => segmentHits(c.leader!, o))) return false;
			if (other.leader && c.boxes.some((b) => segmentHits(other.leader!, b))) return false;
		}
		return true;
	};
	// Each panel (the main map, a detail map) is searched on its own: their labels cannot meet. The search
	// labels next the point with the fewest places left for its label, and backs up when one has none.
	const panels = new Map<Box, number[]>();
	items.forEach((it, i) => panels.set(it.bounds, [...(panels.get(it.bounds) ?? []), i]));
	for (const members of panels.values()) {
		const solve = (options: Placement[][]): boolean => {
			let budget = 20_000;
			const search = (left: number[]): boolean => {
				if (!left.length) return true;
				if (--budget < 0) return false;
				let best = -1;
				let bestFits: Placement[] = [];
				for (const i of left) {
					const f = options[i]!.filter((c) => fits(i, c));
					if (best < 0 || f.length < bestFits.length) {
						best = i;
						bestFits = f;
					}
					if (!f.length) return false;
				}
				const rest = left.filter((i) => i !== best);
				for (const c of bestFits) {
					chosen[best] = c;
					if (search(rest)) return true;
					chosen[best] = undefined;
					if (budget < 0) return false;
				}
				return false;
			};
			return search(members);
		};
		// Off the coast if every label can be; else the labels that cannot be (no candidate of theirs is) may
		// cross it, the others not; only if that fails too may any.
		const offCoast = alone.map((options) => options.filter((c) => !c.coast));
		const offCoastWherePossible = alone.map((options, i) => (offCoast[i]!.length ? offCoast[i]! : options));
		if (solve(offCoast) || solve(offCoastWherePossible) || solve(alone)) continue;
		for (const i of members) chosen[i] ??= alone[i]!.find((c) => fits(i, c)) ?? all[i]![0] ?? { lines: items[i].wrappings[0]!, labelX: items[i].x, labelY: items[i].y, anchor: 'start', boxes: [], hull: pointBox(items[i].x, items[i].y, 0), cost: 0, coast: false };
	}
	return chosen as Placement[];
}

/** A point's radius on the map: a ring as wide as an area's extent, a dot for a place. */
function radiusOf(place: Place, projection: GeoProjection): number {
	if (place.kind !== 'delta' && place.kind !== 'region') return 4;
	const km = place.extentKm ?? defaultExtentKm;
	const [, y0] = projection([place.lon!, place.lat!])!;
	const [, y1] = projection([place.lon!, place.lat! + km / 111.2])!;
	return Math.max(10, Math.abs(y1 - y0));
}

/** A round length for a detail map's scale bar, about a quarter of the panel wide. */
function scaleKm(pxPerKm: number, panelWidth: number): number {
	const steps = [1, 2, 5, 10, 20, 50, 100, 200];
	return steps.filter((km) => km * pxPerKm <= panelWidth * 0.3).pop() ?? 1;
}

/** The land as drawn through a projection: its rings in the drawing's coordinates, for telling land from sea. */
function projectedRings(projection: GeoProjection, land: Feature<Polygon | MultiPolygon>): Array<Array<[number, number]>> {
	const rings: Array<Array<[number, number]>> = [];
	let ring: Array<[number, number]> = [];
	geoPath(projection, {
		moveTo: (x: number, y: number) => void (ring = [[x, y]]),
		lineTo: (x: number, y: number) => void ring.push([x, y]),
		closePath: () => void (ring.length > 2 && rings.push(ring)),
		arc: () => undefined,
	} as unknown as CanvasRenderingContext2D)(land);
	return rings;
}

/** Whether a point of the drawing is on land: inside an odd number of the rings (holes are rings too). */
function onLand(rings: Array<Array<[number, number]>>, x: number, y: number): boolean {
	let inside = false;
	for (const ring of rings) if (polygonContains(ring, [x, y])) inside = !inside;
	return inside;
}

/** A label box runs across the coastline when points along its top, middle and bottom are some on land, some at sea. */
function straddles(rings: Array<Array<[number, number]>>): (b: Box) => boolean {
	return (b) => {
		const n = Math.max(2, Math.ceil((b.x1 - b.x0) / 4));
		let land: boolean | undefined;
		for (const y of [b.y0, (b.y0 + b.y1) / 2, b.y1]) {
			for (let i = 0; i <= n; i++) {
				const here = onLand(rings, b.x0 + ((b.x1 - b.x0) * i) / n, y);
				if (land === undefined) land = here;
				else if (here !== land) return true;
			}
		}
		return false;
	};
}

/**
 * The land within a box of longitude and latitude (Sutherland–Hodgman, ring by ring): a detail map needs a few
 * hundred of the 1:10m coast's points, not all Eurasia's. The box's own edges lie far outside the panel
 * drawn, so its straight cuts never show; each ring keeps its winding, so the land stays the inside.
 */
export function landWithin(land: Feature<Polygon | MultiPolygon>, [lon0, lat0, lon1, lat1]: [number, number, number, number]): Feature<MultiPolygon> {
	type Point = [number, number];
	const clip = (ring: Point[], inside: (p: Point) => boolean, cross: (a: Point, b: Point) => Point): Point[] => {
		const out: Point[] = [];
		for (let i = 0; i < ring.length; i++) {
			const a = ring[i]!;
			const b = ring[(i + 1) % ring.length]!;
			if (inside(b)) {
				if (!inside(a)) out.push(cross(a, b));
				out.push(b);
			} else if (inside(a)) out.push(cross(a, b));
		}
		return out;
	};
	const atLon = (lon: number) => (a: Point, b: Point): Point => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
	const atLat = (lat: number) => (a: Point, b: Point): Point => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];
	const clipRing = (ring: Point[]): Point[] => {
		let r = ring.slice(0, -1);
		r = clip(r, (p) => p[0] >= lon0, atLon(lon0));
		r = clip(r, (p) => p[0] <= lon1, atLon(lon1));
		r = clip(r, (p) => p[1] >= lat0, atLat(lat0));
		r = clip(r, (p) => p[1] <= lat1, atLat(lat1));
		return r.length >= 3 ? [...r, r[0]!] : [];
	};
	const polygons = land.geometry.type === 'Polygon' ? [land.geometry.coordinates] : land.geometry.coordinates;
	const kept = polygons.map((polygon) => polygon.map((ring) => clipRing(ring as Point[])).filter((ring) => ring.length > 0)).filter((polygon) => polygon.length > 0);
	return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

/** The compact map's window: the places and the reach of the areas, a margin round them, at least `minSpan` degrees a side. */
function windowOf(sites: MapSite[], minSpan = 14, margin = 2.5): MultiPoint | undefined {
	const located = sites.map((s) => s.place).filter((p) => p.lat !== undefined && p.lon !== undefined);
	if (!located.length) return undefined;
	const reach = (p: Place) => (p.kind === 'delta' || p.kind === 'region' ? (p.extentKm ?? defaultExtentKm) / 111.2 : 0);
	let lon0 = Math.min(...located.map((p) => p.lon! - reach(p) / Math.cos((p.lat! * Math.PI) / 180))) - margin;
	let lon1 = Math.max(...located.map((p) => p.lon! + reach(p) / Math.cos((p.lat! * Math.PI) / 180))) + margin;
	let lat0 = Math.min(...located.map((p) => p.lat! - reach(p))) - margin;
	let lat1 = Math.max(...located.map((p) => p.lat! + reach(p))) + margin;
	const grow = (a: number, b: number) => Math.max(0, minSpan - (b - a)) / 2;
	const dLon = grow(lon0, lon1);
	const dLat = grow(lat0, lat1);
	[lon0, lon1, lat0, lat1] = [lon0 - dLon, lon1 + dLon, lat0 - dLat, lat1 + dLat];
	// The rectangle's edges, densified: the projection bends them as it bends the map.
	const edge: Array<[number, number]> = [];
	for (let i = 0; i <= 8; i++) edge.push([lon0 + ((lon1 - lon0) * i) / 8, lat0], [lon0 + ((lon1 - lon0) * i) / 8, lat1], [lon0, lat0 + ((lat1 - lat0) * i) / 8], [lon1, lat0 + ((lat1 - lat0) * i) / 8]);
	return { type: 'MultiPoint', coordinates: edge };
}

/**
 * China in an equal-area conic projection suited to its latitudes, with every place in the gazetteer
 * as a labelled point (deltas and regions as rings of their extent, clipped to the land), each linked to
 * the section that discusses it. The main map spans the whole width: at the wide size it shows the whole
 * country; at the compact size the part of it that holds the places (a window round them, framed), so
 * that the crowded coast has room for every label beside its own point. Places lying within another (the
 * Beijing districts and the Park within Beijing, the cities within the Pearl River Delta) are drawn on a
 * detail map of that place below the main map (side by side at the wide size), with the land and sea it
 * shows (`land`), a projection and a scale bar of its own. A frame on the main map shows where each
 * detail lies.
 */
export function layoutMap(gazetteer: Gazetteer, outline: Feature<Polygon | MultiPolygon>, { width = chartSizes.wide, land = outline }: { width?: number; land?: Feature<Polygon | MultiPolygon> } = {}): ChartModel {
	const compact = narrow(width);
	const sites = mapSites(gazetteer);
	const located = (p: Place) => p.lat !== undefined && p.lon !== undefined;
	const details = sites.filter((s) => s.within.filter(located).length >= 2).map((s) => ({ site: s, places: s.within.filter(located) }));
	// What lies within a place but gets no detail map (no coordinates of its own, or alone in its place) is
	// named with that place on the main map: "Ningbo (Harbour Park)".
	const onDetail = new Set(details.flatMap((d) => d.places.map((p) => p.id)));
	const nameOnMain = (site: MapSite) => {
		const inside = site.within.filter((p) => !onDetail.has(p.id)).map((p) => p.name);
		return inside.length ? `${site.place.name} (${inside.join(', ')})` : site.place.name;
	};

	// Panels: the main map across the whole width, and the detail maps below it: one under another at the
	// compact size, side by side at the wide one.
	const gap = 12;
	const mainW = width;
	const detailH = compact ? Math.round(width * 0.62) : 170;
	const perRow = compact ? 1 : Math.max(1, details.length);
	const detailW = (width - (perRow - 1) * gap) / perRow;
	// The compact map's window, fitted to the width; its height follows from the window's shape.
	const window = compact ? windowOf(sites) : undefined;
	const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
	let mainH: number;
	if (window) {
		projection.fitWidth(mainW - 8, window);
		const [[, wy0], [, wy1]] = geoPath(projection).bounds(window);
		mainH = Math.ceil(wy1 - wy0) + 8;
		projection.fitExtent([[4, 4], [mainW - 4, mainH - 4]], window).clipExtent([[1, 1], [mainW - 1, mainH - 1]]);
	} else {
		projection.fitWidth(mainW - 8, outline);
		const [[, oy0], [, oy1]] = geoPath(projection).bounds(outline);
		mainH = Math.ceil(oy1 - oy0) + 8;
		projection.fitExtent([[4, 4], [mainW - 4, mainH - 4]], outline);
	}
	const panels: Box[] = details.map((_, i) => {
		const row = Math.floor(i / perRow);
		const x0 = 0.5 + (i % perRow) * (detailW + gap);
		const y0 = mainH + gap + row * (detailH + gap);
		return { x0, y0, x1: x0 + detailW - 1, y1: y0 + detailH };
	});
	const height = panels.length ? Math.max(...panels.map((p) => p.y1)) + 0.5 : mainH;
	const path = geoPath(projection).digits(1);

	// Labels keep off the coastline: a label wholly on land or wholly at sea reads cleanly.
	const mainCoast = straddles(projectedRings(projection, outline));
	const rects: RectMark[] = [];
	const lines: LineMark[] = [];
	const texts: TextMark[] = [];
	const paths: PathMark[] = [{ d: path(outline) ?? '', kind: 'land' }];
	const items: LabelItem[] = [];
	const drawn: Array<{ place: Place; name: string; x: number; y: number; radius: number; kind: PointMark['kind'] }> = [];
	const mainAvoid: Box[] = [];
	const mainBounds: Box = { x0: 2, y0: 2, x1: mainW - 2, y1: mainH - 2 };
	// The compact map is a window onto the country: framed, so that the land cut at its edges reads as cut.
	if (window) rects.push({ kind: 'frame', x: 0.5, y: 0.5, w: mainW - 1, h: mainH - 1, tone: 7, label: 'The part of China that holds the places' });
	for (const site of sites) {
		const xy = projection([site.place.lon!, site.place.lat!]);
		if (!xy) continue;
		const area = site.place.kind === 'delta' || site.place.kind === 'region';
		const radius = radiusOf(site.place, projection);
		drawn.push({ place: site.place, name: nameOnMain(site), x: xy[0], y: xy[1], radius, kind: area ? 'area' : 'place' });
		// A ring's label stands near its centre, not beyond its rim: it names the area it sits in.
		items.push({ x: xy[0], y: xy[1], radius: area ? 3 : radius, wrappings: wrappingsOf(nameOnMain(site), area ? 'note' : 'label'), kind: area ? 'note' : 'label', bounds: mainBounds, avoid: mainAvoid, straddlesCoast: mainCoast });
	}
	details.forEach(({ site, places }, k) => {
		const panel = panels[k];
		// The frame on the main map round the detail's places, large enough to see.
		const pts = places.map((p) => projection([p.lon!, p.lat!])!);
		const xs = pts.map((p) => p[0]);
		const ys = pts.map((p) => p[1]);
		const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
		const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
		const half = Math.max(8, (Math.max(...xs) - Math.min(...xs)) / 2 + 4, (Math.max(...ys) - Math.min(...ys)) / 2 + 4);
		rects.push({ kind: 'frame', x: r(cx - half), y: r(cy - half), w: r(2 * half), h: r(2 * half), tone: 7, label: `${site.place.name}: detail` });
		mainAvoid.push({ x0: cx - half, y0: cy - half, x1: cx + half, y1: cy + half });

		// The panel, its title, and a projection of its own fitted to its places with room for their labels.
		const title = `${site.place.name} (detail)`;
		const panelW = panel.x1 - panel.x0;
		rects.push({ kind: 'panel', x: r(panel.x0), y: r(panel.y0), w: r(panelW), h: r(panel.y1 - panel.y0), tone: 7, label: title });
		texts.push({ x: r(panel.x0 + 8), y: r(panel.y0 + 18), text: title, anchor: 'start', kind: 'title' });
		// Room at each side for a label centred over the place furthest that way.
		const byLon = [...places].sort((a, b) => a.lon! - b.lon!);
		const room = (p: Place) => Math.min(panelW * 0.26, textWidth(p.name, 'label') / 2 + 5);
		const [marginW, marginE] = [room(byLon[0]!), room(byLon[byLon.length - 1]!)];
		// Places a few hundred metres apart (or at one point) would give the fit no extent: it spans 0.04° at the least.
		const lons = places.map((p) => p.lon!);
		const lats = places.map((p) => p.lat!);
		const mid = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2] as const;
		const detail = geoMercator().fitExtent(
			[
				[panel.x0 + marginW, panel.y0 + 52],
				[panel.x1 - marginE, panel.y1 - 34],
			],
			{ type: 'MultiPoint', coordinates: [...places.map((p) => [p.lon!, p.lat!]), [mid[0] - 0.02, mid[1] - 0.02], [mid[0] + 0.02, mid[1] + 0.02]] },
		);
		// The land the detail shows, cut to its panel (inside the panel's outline).
		detail.clipExtent([
			[panel.x0 + 1, panel.y0 + 1],
			[panel.x1 - 1, panel.y1 - 1],
		]);
		const [[w0, n0], [e0, s0]] = [detail.invert!([panel.x0, panel.y0])!, detail.invert!([panel.x1, panel.y1])!];
		const near = landWithin(land, [w0 - 1, s0 - 1, e0 + 1, n0 + 1]);
		paths.push({ d: geoPath(detail).digits(1)(near) ?? '', kind: 'land' });
		const detailCoast = straddles(projectedRings(detail, near));
		const [lon0, lat0] = detail.invert!([(panel.x0 + panel.x1) / 2, (panel.y0 + panel.y1) / 2])!;
		const pxPerKm = Math.abs(detail([lon0 + 1 / (111.32 * Math.cos((lat0 * Math.PI) / 180)), lat0])![0] - detail([lon0, lat0])![0]);
		const km = scaleKm(pxPerKm, panelW);
		// The scale bar in the panel's bottom-left corner, or its bottom-right one where the coast would run through it there.
		const barY = panel.y1 - 12;
		const barLength = km * pxPerKm;
		const scaleText = `${km} km`;
		const scaleWidth = textWidth(scaleText, 'axis');
		const corners = [panel.x0 + 8, panel.x1 - 8 - barLength - 6 - scaleWidth];
		const barStart = corners.find((x) => !detailCoast({ x0: x - 2, y0: barY - 10, x1: x + barLength + 6 + scaleWidth, y1: barY + 4 })) ?? corners[0]!;
		const barEnd = barStart + barLength;
		lines.push({ x1: r(barStart), y1: r(barY), x2: r(barEnd), y2: r(barY), kind: 'axis' });
		const scaleLabel: TextMark = { x: r(barEnd + 6), y: r(barY + 4), text: scaleText, anchor: 'start', kind: 'axis' };
		texts.push(scaleLabel);
		const bounds: Box = { x0: panel.x0 + 3, y0: panel.y0 + 24, x1: panel.x1 - 3, y1: panel.y1 - 3 };
		const avoid = [textBox(scaleLabel), { x0: barStart - 2, y0: barY - 3, x1: barEnd + 2, y1: barY + 3 }];
		for (const p of places) {
			const [x, y] = detail([p.lon!, p.lat!])!;
			drawn.push({ place: p, name: p.name, x, y, radius: 4, kind: 'place' });
			items.push({ x, y, radius: 4, wrappings: wrappingsOf(p.name, 'label'), kind: 'label', bounds, avoid, straddlesCoast: detailCoast });
		}
	});
	const placements = placeLabels(items);
	const points: PointMark[] = drawn.map((d, i) => {
		const c = placements[i];
		return {
			x: r(d.x),
			y: r(d.y),
			radius: r(d.radius),
			kind: d.kind,
			label: d.name,
			lines: c.lines,
			labelX: r(c.labelX),
			labelY: r(c.labelY),
			anchor: c.anchor,
			...(c.leader ? { leader: { x1: r(c.leader.x1), y1: r(c.leader.y1), x2: r(c.leader.x2), y2: r(c.leader.y2) } } : {}),
			...(d.place.sections[0] ? { section: d.place.sections[0] } : {}),
		};
	});
	return { width, height: r(height), rects, lines, paths, texts, points, clipAreasToLand: true };
}

/** The map of the places the report discusses, with its gazetteer as the table. */
export const mapChart = defineChart({
	id: 'map',
	data: placesData,
	layout: (places, width, { outline, land }) => layoutMap(places, outline(), { width, land: land() }),
	source: () => 'naturalearth',
	table: (places) => ({
		columns: [
			{ key: 'place', label: 'Place' },
			{ key: 'chinese', label: 'Chinese' },
			{ key: 'pinyin', label: 'Pinyin' },
			{ key: 'province', label: 'Province' },
			// The gazetteer's coordinates are rounded to 0.01° (content/data/places.yaml): every one shows two decimals.
			{ key: 'latitude', label: 'Latitude (°N)', numeric: true, decimals: 2 },
			{ key: 'longitude', label: 'Longitude (°E)', numeric: true, decimals: 2 },
		],
		rows: mapSites(places).flatMap((site) =>
			[site.place, ...site.within].map((p) => ({
				place: p.name,
				chinese: { text: p.chinese, lang: 'zh-Hans' },
				pinyin: p.pinyin,
				province: p.province ?? '',
				latitude: p.lat ?? site.place.lat!,
				longitude: p.lon ?? site.place.lon!,
			})),
		),
	}),
});
