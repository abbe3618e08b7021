import { z } from 'zod';
import { defineDataSet, type DataProblem } from './data-set';
import { permanentId, uniqueIds } from './ids';

/** Kinds of named thing in the gazetteer: places on the map, and organisations and programmes named in Chinese. */
export const placeKinds = ['city', 'district', 'park', 'region', 'delta', 'organisation', 'programme'] as const;
/** Kinds that are places and so need coordinates (unless they lie within another place). */
export const mappedKinds: ReadonlyArray<(typeof placeKinds)[number]> = ['city', 'district', 'park', 'region', 'delta'];

/** One entry of the gazetteer. */
export const placeSchema = z.strictObject({
	/** Permanent id; the prose marks a first mention with `<Zh id="…" />`. */
	id: permanentId,
	/** Name as the report writes it. */
	name: z.string().min(1),
	/** Name in simplified Chinese characters. */
	chinese: z.string().regex(/^[\p{Script=Han}·]+$/u, { message: 'must be written in Chinese characters' }),
	/** Hanyu Pinyin with tone marks. */
	pinyin: z.string().min(1),
	kind: z.enum(placeKinds),
	/** Province or province-level municipality. */
	province: z.string().min(1).optional(),
	/** Another gazetteer entry this one lies within (Zhongguancun within Beijing): drawn on that place's detail map. */
	within: permanentId.optional(),
	/** Latitude in degrees north. */
	lat: z.number().min(-90).max(90).optional(),
	/** Longitude in degrees east. */
	lon: z.number().min(-180).max(180).optional(),
	/** Sections that discuss it; the map links to the first. */
	sections: z.array(permanentId).default([]),
	/** For an area (a delta, a region): roughly how far it reaches from its centre, in km, drawn as a ring. */
	extentKm: z
		.number()
		.positive()
		.max(1000, { message: 'is how far an area reaches from its centre, in km; the map of China is about 5,000 km across, so it must be at most 1,000' })
		.optional(),
});

/** The gazetteer (`content/data/places.yaml`). */
export const gazetteerSchema = z.strictObject({
	/** Where the coordinates come from, shown with the map. */
	coordinatesSource: z.string().min(1),
	places: z.array(placeSchema).min(1).superRefine(uniqueIds),
});

export type Place = z.infer<typeof placeSchema>;
export type Gazetteer = z.infer<typeof gazetteerSchema>;

export const placesData = defineDataSet({
	name: 'places',
	file: 'content/data/places.yaml',
	schema: gazetteerSchema,
	// Every place can be drawn, inside China's extent, and is discussed in real sections.
	check: (g, { sectionIds }) => {
		const problems: DataProblem[] = [];
		const places = new Map(g.places.map((p) => [p.id, p]));
		g.places.forEach((p, i) => {
			const field = (f: string) => `places.${i}.${f}`;
			if (p.within) {
				const parent = places.get(p.within);
				if (!parent) problems.push({ entry: p.id, field: field('within'), message: `"${p.within}" is not a place in the gazetteer` });
				else if (parent.within || parent.lat === undefined) problems.push({ entry: p.id, field: field('within'), message: `"${p.within}" must be a place with its own coordinates` });
			} else if (mappedKinds.includes(p.kind)) {
				if (p.lat === undefined || p.lon === undefined) problems.push({ entry: p.id, field: field(p.lat === undefined ? 'lat' : 'lon'), message: `is missing: a ${p.kind} needs coordinates to be drawn on the map (or "within" another place)` });
				// China lies between about 18°N and 54°N, 73°E and 135°E: outside that, latitude and longitude are likely swapped or mistyped.
				else if (p.lat < 18 || p.lat > 54 || p.lon < 73 || p.lon > 135) problems.push({ entry: p.id, field: field('lat'), message: `${p.lat}°N, ${p.lon}°E lies outside China; are latitude and longitude swapped?` });
			}
			p.sections.forEach((s, j) => {
				if (!sectionIds.has(s)) problems.push({ entry: p.id, field: field(`sections.${j}`), message: `"${s}" is not a section id` });
			});
		});
		return problems;
	},
});
