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
