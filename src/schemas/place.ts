import { z } from 'zod';
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
	extentKm: z.number().positive().optional(),
});

/** The gazetteer (`content/data/places.yaml`). */
export const gazetteerSchema = z.strictObject({
	/** Where the coordinates come from, shown with the map. */
	coordinatesSource: z.string().min(1),
	places: z.array(placeSchema).min(1).superRefine(uniqueIds),
});

export type Place = z.infer<typeof placeSchema>;
export type Gazetteer = z.infer<typeof gazetteerSchema>;
