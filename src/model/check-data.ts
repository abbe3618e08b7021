import type { ContentProblem } from '../load/problems';
import { contentFiles } from '../load/files';
import { dataSets, type ReportData } from '../load/data-sets';
import type { ClusterType } from '../schemas/typology';
import { mappedKinds } from '../schemas/place';

/** The rule the editors used to restore the typology's scrambled header: origin follows the driving force. */
export const originOfForce: Record<ClusterType['forceKind'], ClusterType['origin']> = {
	'rural-township': 'endogenous',
	'urban-technology': 'endogenous',
	'state-owned': 'endogenous',
	foreign: 'exogenous',
};

function duplicates(ids: string[]): string[] {
	return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/**
 * Cross-checks the data sets against each other and the references: source keys exist, links name
 * real institutions and enterprises, ids are unique, percentages lie in 0–100, counts agree.
 */
export function checkData(data: ReportData, referenceKeys: Set<string>, sectionIds: Set<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const source = (file: string, entry: string | undefined, field: string, key: string | undefined) => {
		if (key !== undefined && !referenceKeys.has(key)) problems.push({ file, entry, field, message: `"${key}" is not a key in content/references.yaml` });
	};
	const unique = (file: string, field: string, ids: string[]) => {
		for (const id of duplicates(ids)) problems.push({ file, entry: id, field: 'id', message: `is used twice in ${field}; ids must be unique` });
	};
	const percent = (file: string, entry: string, field: string, q: { value: number; unit: string }) => {
		if (q.unit === 'percent' && (q.value < 0 || q.value > 100)) problems.push({ file, entry, field, message: `is a percentage, so it must lie between 0 and 100, but is ${q.value}` });
	};

	// Typology
	const ty = dataSets.typology.file;
	source(ty, undefined, 'source', data.typology.source);
	unique(ty, 'types', data.typology.types.map((t) => t.id));
	for (const t of data.typology.types) {
		const expected = originOfForce[t.forceKind];
		if (t.origin !== expected) problems.push({ file: ty, entry: t.id, field: 'origin', message: `must be "${expected}": ${t.forceKind} enterprises make a cluster ${expected}` });
	}

	// Growth
	const gr = dataSets.growth.file;
	source(gr, undefined, 'source', data.growth.source);
	unique(gr, 'cities', data.growth.cities.map((c) => c.id));

	// Facts
	for (const f of data.facts) {
		source(contentFiles.facts, f.id, 'source', f.source);
		percent(contentFiles.facts, f.id, 'value', f);
		if (!sectionIds.has(f.section)) problems.push({ file: contentFiles.facts, entry: f.id, field: 'section', message: `"${f.section}" is not a section id` });
	}

	// Torch
	const to = dataSets.torch.file;
	source(to, undefined, 'source', data.torch.source);
	source(to, undefined, 'furtherInformation', data.torch.furtherInformation);
	if (data.torch.ongoingProjects.value > data.torch.projectsFunded.value) {
		problems.push({ file: to, field: 'ongoingProjects.value', message: `${data.torch.ongoingProjects.value} ongoing projects cannot exceed the ${data.torch.projectsFunded.value} funded` });
	}
	if (data.torch.patents.year < data.torch.launched.value) problems.push({ file: to, field: 'patents.year', message: 'is before the programme was launched' });

	// Zhongguancun
	const zf = dataSets.zhongguancun.file;
	const z = data.zhongguancun;
	source(zf, undefined, 'source', z.source);
	source(zf, undefined, 'policySource', z.policySource);
	unique(zf, 'levers', z.levers.map((l) => l.id));
	unique(zf, 'figures and ecosystem', [...z.levers.flatMap((l) => l.figures.map((f) => f.id)), ...z.ecosystem.map((f) => f.id)]);
	unique(zf, 'institutions and enterprises', [...z.institutions.map((i) => i.id), ...z.enterprises.map((e) => e.id)]);
	z.levers.forEach((l, li) => l.figures.forEach((f, fi) => percent(zf, f.id, `levers.${li}.figures.${fi}.value`, f)));
	z.ecosystem.forEach((f, i) => percent(zf, f.id, `ecosystem.${i}.value`, f));
	const institutions = new Set(z.institutions.map((i) => i.id));
	const enterprises = new Set(z.enterprises.map((e) => e.id));
	for (const i of z.institutions) {
		if (i.parent && !institutions.has(i.parent)) problems.push({ file: zf, entry: i.id, field: 'parent', message: `"${i.parent}" is not an institution listed in institutions` });
		if (i.parent === i.id) problems.push({ file: zf, entry: i.id, field: 'parent', message: 'an institution cannot be its own parent' });
	}
	z.links.forEach((link, n) => {
		const entry = `${link.from} → ${link.to}`;
		if (!institutions.has(link.from)) problems.push({ file: zf, entry, field: `links.${n}.from`, message: `"${link.from}" is not an institution listed in institutions` });
		if (!enterprises.has(link.to)) problems.push({ file: zf, entry, field: `links.${n}.to`, message: `"${link.to}" is not an enterprise listed in enterprises` });
	});
	const linked = new Set(z.links.map((l) => l.to));
	for (const e of z.enterprises) if (!linked.has(e.id)) problems.push({ file: zf, entry: e.id, field: 'links', message: 'no link names this enterprise; say which institution invested in it' });

	// Creative industries
	const cr = dataSets.creative.file;
	const sh = data.creative.shanghai;
	if (sh.clusterCount.value !== sh.districts.length) {
		problems.push({ file: cr, entry: 'shanghai', field: 'clusterCount.value', message: `says ${sh.clusterCount.value} clusters but ${sh.districts.length} districts are listed` });
	}
	unique(cr, 'beijing.clusters', data.creative.beijing.clusters.map((c) => c.id));

	// Gazetteer: every place can be drawn, inside China's extent, and discussed in real sections.
	const pf = dataSets.places.file;
	const places = new Map(data.places.places.map((p) => [p.id, p]));
	unique(pf, 'places', data.places.places.map((p) => p.id));
	data.places.places.forEach((p, i) => {
		const field = (f: string) => `places.${i}.${f}`;
		if (p.within) {
			const parent = places.get(p.within);
			if (!parent) problems.push({ file: pf, entry: p.id, field: field('within'), message: `"${p.within}" is not a place in the gazetteer` });
			else if (parent.within || parent.lat === undefined) problems.push({ file: pf, entry: p.id, field: field('within'), message: `"${p.within}" must be a place with its own coordinates` });
		} else if (mappedKinds.includes(p.kind)) {
			if (p.lat === undefined || p.lon === undefined) problems.push({ file: pf, entry: p.id, field: field(p.lat === undefined ? 'lat' : 'lon'), message: `is missing: a ${p.kind} needs coordinates to be drawn on the map (or "within" another place)` });
			// China lies between about 18°N and 54°N, 73°E and 135°E: outside that, latitude and longitude are likely swapped or mistyped.
			else if (p.lat < 18 || p.lat > 54 || p.lon < 73 || p.lon > 135) problems.push({ file: pf, entry: p.id, field: field('lat'), message: `${p.lat}°N, ${p.lon}°E lies outside China; are latitude and longitude swapped?` });
		}
		p.sections.forEach((s, j) => {
			if (!sectionIds.has(s)) problems.push({ file: pf, entry: p.id, field: field(`sections.${j}`), message: `"${s}" is not a section id` });
		});
	});
	unique(contentFiles.glossary, 'terms', data.glossary.map((t) => t.id));
	for (const c of data.creative.beijing.clusters) source(cr, c.id, 'source', c.source);
	return problems;
}
