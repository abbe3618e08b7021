import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** ISO 3166-1 numeric code of China in Natural Earth's country set. */
const chinaCode = '156';

/** China's outline from Natural Earth (1:110m), as the world-atlas package ships it. */
let outline: Feature<Polygon | MultiPolygon> | undefined;
export function chinaOutline(): Feature<Polygon | MultiPolygon> {
	if (outline) return outline;
	const require = createRequire(join(process.cwd(), 'package.json'));
	const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
	const countries = feature(topology, topology.objects.countries);
	const china = countries.features.find((f) => String(f.id) === chinaCode);
	if (!china) throw new Error('world-atlas/countries-110m.json has no country 156 (China)');
	outline = china as Feature<Polygon | MultiPolygon>;
	return outline;
}

/**
 * The land round China from Natural Earth (1:10m), as the world-atlas package ships it: every coast (China's
 * neighbours, Hong Kong, Macau and the islands too), for the map's detail panels, which show a city or a delta
 * at a scale where the 1:110m outline has no coast to speak of. Only polygons reaching into East Asia are
 * kept (by their coordinates' extent; a polygon cut at the antimeridian is kept too).
 */
let land: Feature<MultiPolygon> | undefined;
export function landNearChina(): Feature<MultiPolygon> {
	if (land) return land;
	const require = createRequire(join(process.cwd(), 'package.json'));
	const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology<{ land: GeometryCollection }>;
	const collection = feature(topology, topology.objects.land);
	const polygons = collection.features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : []));
	const near = polygons.filter((polygon) => {
		let [lon0, lat0, lon1, lat1] = [Infinity, Infinity, -Infinity, -Infinity];
		for (const [lon, lat] of polygon[0] ?? []) [lon0, lat0, lon1, lat1] = [Math.min(lon0, lon!), Math.min(lat0, lat!), Math.max(lon1, lon!), Math.max(lat1, lat!)];
		return lon1 >= 60 && lon0 <= 150 && lat1 >= 0 && lat0 <= 60;
	});
	land = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: near } };
	return land;
}
