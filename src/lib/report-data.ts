import { getCollection, getEntry } from 'astro:content';
import type { ReportData } from './data-source';

/** The validated data sets, as the content layer holds them. */
export async function reportData(): Promise<ReportData> {
	const record = async <K extends 'typology' | 'growth' | 'torch' | 'zhongguancun' | 'creative' | 'places'>(name: K) => {
		const entry = await getEntry(name, name);
		if (!entry) throw new Error(`data set ${name} is missing`);
		return entry.data as ReportData[K];
	};
	return {
		typology: await record('typology'),
		growth: await record('growth'),
		torch: await record('torch'),
		zhongguancun: await record('zhongguancun'),
		creative: await record('creative'),
		places: await record('places'),
		glossary: (await getCollection('glossary')).map((e) => e.data),
		facts: (await getCollection('facts')).map((e) => e.data),
		figures: (await getCollection('figures')).map((e) => e.data),
	};
}
