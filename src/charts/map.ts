import { geoConicEqualArea, geoContains, geoMercator, geoPath, type GeoProjection } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Gazetteer, Place } from '../schemas/place';
import { type Box, type ChartModel, type LineMark, type PointMark, type RectMark, type TextMark, chartSizes, fontSize, insideBox, intersects, labelLeading, narrow, r, textBox, textWidth, wrapPx } from './marks';
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
	lines: string[];
	kind: TextMark['kind'];
	/** Where labels may go. */
	bounds: Box;
	/** What labels must keep off besides texts and points: a frame, the detail map, its scale bar. */
	avoid: Box[];
	/** Extra cost of a label box: on the main map, one that straddles the coast reads badly. */
	penalty?: (box: Box) => number;
}

interface Placement {
	labelX: number;
	labelY: number;
	anchor: TextMark['anchor'];
	boxes: Box[];
	leader?: { x1: number; y1: number; x2: number; y2: number };
	cost: number;
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

/**
 * Every place a label could stand: the eight directions around its point, first beside it, then
 * further out with a leader line, each scored by how far it strays and how it reads (right of the point
 * first). Label boxes come from the estimated text widths (`textWidth`), so they hold the drawn text.
 */
function candidates(item: LabelItem): Placement[] {
	const size = fontSize[item.kind];
	const widths = item.lines.map((l) => textWidth(l, item.kind));
	const w = Math.max(...widths);
	const h = (item.lines.length - 1) * labelLeading + size * 1.17;
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
			const boxes = item.lines.map((text, i) => textBox({ x: labelX, y: labelY + i * labelLeading, text, anchor, kind: item.kind }));
			const leader = far > 0 ? { x1: item.x + d.dx * (item.radius + 1) * diag, y1: item.y + d.dy * (item.radius + 1) * diag, x2: cx - d.dx * 2, y2: cy - d.dy * 2 } : undefined;
			const penalty = item.penalty ? boxes.reduce((sum, b) => sum + item.penalty!(b), 0) : 0;
			out.push({ labelX, labelY, anchor, boxes, ...(leader ? { leader } : {}), cost: step * 10 + d.pref + penalty });
		}
	}
	return out.filter((c) => c.boxes.every((b) => insideBox(b, item.bounds))).sort((a, b) => a.cost - b.cost);
}

/**
 * Places every label so that no two label boxes intersect, no label covers another point or an
 * obstacle (a detail map's frame), and no leader line crosses a label: a depth-first search over each
 * label's candidates, the most crowded points first, cheapest candidates first. If the search runs out
 * of its budget, the best partial answer is completed greedily (the unit tests would then fail).
 */
function placeLabels(items: LabelItem[]): Placement[] {
	const options = items.map(candidates);
	const dots = items.map((it) => pointBox(it.x, it.y, it.radius + 1.5));
	const chosen: Array<Placement | undefined> = items.map(() => undefined);
	// A leader leaves its point through the dots crowded round it (they overlap at this scale), never through one further off.
	const leaderHits = (i: number, c: Placement) => dots.some((d, j) => j !== i && Math.hypot(items[j].x - items[i].x, items[j].y - items[i].y) > 14 && segmentHits(c.leader!, d));
	const fits = (i: number, c: Placement): boolean => {
		for (const b of c.boxes) {
			if (items[i].avoid.some((o) => intersects(b, o))) return false;
			if (dots.some((d, j) => j !== i && intersects(b, d, 1))) return false;
		}
		if (c.leader && leaderHits(i, c)) return false;
		for (let j = 0; j < items.length; j++) {
			const other = chosen[j];
			if (!other || j === i) continue;
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
		let budget = 20_000;
		const search = (left: number[]): boolean => {
			if (!left.length) return true;
			if (--budget < 0) return false;
			let best = -1;
			let bestFits: Placement[] = [];
			for (const i of left) {
				const f = options[i].filter((c) => fits(i, c));
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
		if (!search(members)) for (const i of members) chosen[i] ??= options[i].find((c) => fits(i, c)) ?? options[i][0] ?? { labelX: items[i].x, labelY: items[i].y, anchor: 'start', boxes: [], cost: 0 };
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

/**
 * China in an equal-area conic projection suited to its latitudes, with every place in the gazetteer
 * as a labelled point (deltas and regions as rings of their extent, clipped to the land), each linked to
 * the section that discusses it. Places lying within another (the Beijing districts and the Park within
 * Beijing, the cities within the Pearl River Delta) are drawn on a detail map of that place, each with a
 * projection and a scale bar of its own: beside the map at the wide size, below it at the compact one. A
 * frame on the main map shows where each detail lies.
 */
export function layoutMap(gazetteer: Gazetteer, outline: Feature<Polygon | MultiPolygon>, { width = chartSizes.wide }: { width?: number } = {}): ChartModel {
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

	// Panels: the main map, and the detail maps in a column to its right (wide) or below it (compact).
	const gap = 12;
	const sideW = compact || !details.length ? 0 : Math.round(width * 0.38);
	const mainW = compact || !details.length ? width : width - sideW - gap;
	const detailH = compact ? Math.round(width * 0.62) : 170;
	const mainH = compact ? Math.round(mainW * 0.78) : Math.max(Math.round(mainW * 0.78), details.length * (detailH + gap) - gap);
	const panels: Box[] = details.map((_, i) =>
		compact
			? { x0: 0.5, y0: mainH + gap + i * (detailH + gap), x1: width - 0.5, y1: mainH + gap + i * (detailH + gap) + detailH }
			: { x0: mainW + gap, y0: 0.5 + i * (detailH + gap), x1: width - 0.5, y1: 0.5 + i * (detailH + gap) + detailH },
	);
	const height = compact && panels.length ? panels[panels.length - 1].y1 + 0.5 : mainH;
	const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).fitExtent([[4, 4], [mainW - 4, mainH - 4]], outline);
	const path = geoPath(projection).digits(1);

	// A label wholly on land or wholly at sea reads cleanly; one the coastline runs through costs as much as
	// moving it two steps further out. Sampled along the box's middle line and its two ends.
	const onLand = (x: number, y: number) => geoContains(outline, projection.invert!([x, y])!);
	const coast = (b: Box) => {
		const y = (b.y0 + b.y1) / 2;
		const samples = [0, 0.25, 0.5, 0.75, 1].map((t) => onLand(b.x0 + t * (b.x1 - b.x0), y));
		return samples.every((v) => v === samples[0]) ? 0 : 20;
	};
	const rects: RectMark[] = [];
	const lines: LineMark[] = [];
	const texts: TextMark[] = [];
	const items: LabelItem[] = [];
	const drawn: Array<{ place: Place; name: string; x: number; y: number; radius: number; kind: PointMark['kind'] }> = [];
	const mainAvoid: Box[] = [];
	const mainBounds: Box = { x0: 2, y0: 2, x1: mainW - 2, y1: mainH - 2 };
	for (const site of sites) {
		const xy = projection([site.place.lon!, site.place.lat!]);
		if (!xy) continue;
		const area = site.place.kind === 'delta' || site.place.kind === 'region';
		const radius = radiusOf(site.place, projection);
		drawn.push({ place: site.place, name: nameOnMain(site), x: xy[0], y: xy[1], radius, kind: area ? 'area' : 'place' });
		// A ring's label stands near its centre, not beyond its rim: it names the area it sits in.
		items.push({ x: xy[0], y: xy[1], radius: area ? 3 : radius, lines: wrapPx(nameOnMain(site), 220, area ? 'note' : 'label'), kind: area ? 'note' : 'label', bounds: mainBounds, avoid: mainAvoid, penalty: coast });
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
		const marginX = Math.min(64, panelW * 0.26);
		// Places a few hundred metres apart (or at one point) would give the fit no extent: it spans 0.04° at the least.
		const lons = places.map((p) => p.lon!);
		const lats = places.map((p) => p.lat!);
		const mid = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2] as const;
		const detail = geoMercator().fitExtent(
			[
				[panel.x0 + marginX, panel.y0 + 42],
				[panel.x1 - marginX, panel.y1 - 34],
			],
			{ type: 'MultiPoint', coordinates: [...places.map((p) => [p.lon!, p.lat!]), [mid[0] - 0.02, mid[1] - 0.02], [mid[0] + 0.02, mid[1] + 0.02]] },
		);
		const [lon0, lat0] = detail.invert!([(panel.x0 + panel.x1) / 2, (panel.y0 + panel.y1) / 2])!;
		const pxPerKm = Math.abs(detail([lon0 + 1 / (111.32 * Math.cos((lat0 * Math.PI) / 180)), lat0])![0] - detail([lon0, lat0])![0]);
		const km = scaleKm(pxPerKm, panelW);
		const barY = panel.y1 - 12;
		const barEnd = panel.x0 + 8 + km * pxPerKm;
		lines.push({ x1: r(panel.x0 + 8), y1: r(barY), x2: r(barEnd), y2: r(barY), kind: 'axis' });
		const scaleLabel: TextMark = { x: r(barEnd + 6), y: r(barY + 4), text: `${km} km`, anchor: 'start', kind: 'axis' };
		texts.push(scaleLabel);
		const bounds: Box = { x0: panel.x0 + 3, y0: panel.y0 + 24, x1: panel.x1 - 3, y1: panel.y1 - 3 };
		const avoid = [textBox(scaleLabel), { x0: panel.x0 + 6, y0: barY - 3, x1: barEnd + 2, y1: barY + 3 }];
		for (const p of places) {
			const [x, y] = detail([p.lon!, p.lat!])!;
			drawn.push({ place: p, name: p.name, x, y, radius: 4, kind: 'place' });
			items.push({ x, y, radius: 4, lines: [p.name], kind: 'label', bounds, avoid });
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
			lines: items[i].lines,
			labelX: r(c.labelX),
			labelY: r(c.labelY),
			anchor: c.anchor,
			...(c.leader ? { leader: { x1: r(c.leader.x1), y1: r(c.leader.y1), x2: r(c.leader.x2), y2: r(c.leader.y2) } } : {}),
			...(d.place.sections[0] ? { section: d.place.sections[0] } : {}),
		};
	});
	return { width, height: r(height), rects, lines, paths: [{ d: path(outline) ?? '', kind: 'land' }], texts, points, clipAreasToLand: true };
}

/** The map of the places the report discusses, with its gazetteer as the table. */
export const mapChart = defineChart({
	id: 'map',
	data: placesData,
	layout: (places, width, { outline }) => layoutMap(places, outline(), { width }),
	source: () => 'naturalearth',
	table: (places) => ({
		columns: [
			{ key: 'place', label: 'Place' },
			{ key: 'chinese', label: 'Chinese' },
			{ key: 'pinyin', label: 'Pinyin' },
			{ key: 'province', label: 'Province' },
			{ key: 'latitude', label: 'Latitude (°N)', numeric: true },
			{ key: 'longitude', label: 'Longitude (°E)', numeric: true },
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
