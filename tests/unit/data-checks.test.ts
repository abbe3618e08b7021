import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { ContentError, formatProblem, type ContentProblem } from '../../src/load/problems';
import { loadReportSource } from '../../src/load/source';
import { buildModel } from '../../src/model/build';
import { checkData } from '../../src/model/check-data';
import { copyWithout, editedCopy, fixture, messages, removeCopies, replaceOnce } from './fixture-copy';

afterAll(removeCopies);

const growth = 'content/data/growth.yaml';
const typology = 'content/data/typology.yaml';
const torch = 'content/data/torch.yaml';
const zhongguancun = 'content/data/zhongguancun.yaml';
const creative = 'content/data/creative-industries.yaml';
const facts = 'content/data/facts.yaml';
const firstSection = 'content/sections/01-first.mdx';
const secondSection = 'content/sections/02-second.mdx';

/** The problems reported once `file` of the small report has had `from` replaced with `to`. */
function after(file: string, from: string, to: string): string[] {
	return messages(editedCopy(file, replaceOnce(from, to)));
}

/** The problems loading a report root throws, as structured problems. */
function loadProblems(root: string): ContentProblem[] {
	try {
		loadReportSource(root);
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
	throw new Error('the content loaded without a problem');
}

describe('the small report as it stands', () => {
	test('has no error: its data loads, and neither checkData nor the model finds a problem', () => {
		const source = loadReportSource(fixture.href);
		const referenceKeys = new Set(source.references.map((r) => r.id));
		const sectionIds = new Set(source.sections.map((s) => s.data.id));
		expect(checkData(source.data, referenceKeys, sectionIds)).toEqual([]);
		expect(buildModel(source).errors).toEqual([]);
		expect(messages(fixture.href)).toEqual([]);
	});
});

describe('growth.yaml', () => {
	test('refuses a growth rate written as text, naming the file, city and field', () => {
		expect(after(growth, 'value: 19.7 }', 'value: "19.7%" }')).toEqual([
			'content/data/growth.yaml:9, entry "huizhou", field "cities.0.value": must be a number, but is the text "19.7%"',
		]);
	});
	test('refuses a growth rate of 120, which is no percentage', () => {
		expect(after(growth, 'value: 19.2 }', 'value: 120 }')).toEqual([
			'content/data/growth.yaml:10, entry "shenzhen", field "cities.1.value": is a percentage, so it must lie between 0 and 100, but is number 120',
		]);
	});
	test('refuses a benchmark rate of 120 in the same words', () => {
		expect(after(growth, '  value: 20\n', '  value: 120\n')).toEqual([
			'content/data/growth.yaml:6, field "benchmark.value": is a percentage, so it must lie between 0 and 100, but is number 120',
		]);
	});
	test('refuses a city without a name, naming the city and the missing field', () => {
		expect(after(growth, 'name: Dongguan, ', '')).toEqual(['content/data/growth.yaml:11, entry "dongguan", field "cities.2.name": is missing (it is required)']);
	});
	test('refuses a misspelt field, naming the misspelling and the field it should have been', () => {
		expect(after(growth, 'province: Guangdong, value: 19.7', 'provnce: Guangdong, value: 19.7')).toEqual([
			'content/data/growth.yaml:9, entry "huizhou", field "cities.0.province": is missing (it is required)',
			'content/data/growth.yaml:9, entry "huizhou", field "cities.0": has unknown field(s) "provnce" (misspelt?)',
		]);
	});
	test('refuses a city id used twice, and the figure description that loses its number', () => {
		expect(after(growth, 'id: shenzhen', 'id: huizhou')).toEqual([
			'content/data/growth.yaml, entry "huizhou", field "id": is used twice in cities; ids must be unique',
			// The second Huizhou hides Shenzhen, so the growth figure's description quotes a number that no longer exists.
			'content/data/figures.yaml, entry "growth", field "description": quotes {growth.shenzhen}, which names no number in content/data/',
		]);
	});
	test('refuses a source key that is not in the references', () => {
		expect(after(growth, 'source: cccr2005', 'source: cccr2050')).toEqual(['content/data/growth.yaml, field "source": "cccr2050" is not a key in content/references.yaml']);
	});
	test('refuses a growth unit other than percent, saying why', () => {
		expect(after(growth, 'unit: percent', 'unit: count')).toEqual(['content/data/growth.yaml:4, field "unit": must be "percent": growth rates are percentages, but is the text "count"']);
	});
});

describe('typology.yaml', () => {
	test('refuses a state-owned type marked exogenous, giving the origin its driving force implies', () => {
		expect(after(typology, 'forceKind: state-owned\n    origin: endogenous', 'forceKind: state-owned\n    origin: exogenous')).toEqual([
			'content/data/typology.yaml, entry "state-owned", field "origin": must be "endogenous": state-owned enterprises make a cluster endogenous',
		]);
	});
	test('refuses a foreign-driven type marked endogenous', () => {
		expect(after(typology, 'forceKind: foreign\n    origin: exogenous\n    intensity: labour', 'forceKind: foreign\n    origin: endogenous\n    intensity: labour')).toEqual([
			'content/data/typology.yaml, entry "foreign-labour", field "origin": must be "exogenous": foreign enterprises make a cluster exogenous',
		]);
	});
	test('refuses an unknown driving force, listing the known ones', () => {
		expect(after(typology, 'forceKind: foreign\n    origin: exogenous\n    intensity: technology', 'forceKind: overseas\n    origin: exogenous\n    intensity: technology')).toEqual([
			'content/data/typology.yaml:16, entry "foreign-technology", field "types.1.forceKind": must be one of "rural-township", "foreign", "urban-technology", "state-owned", but is the text "overseas"',
		]);
	});
	test('refuses an unknown intensity, listing labour and technology', () => {
		expect(after(typology, 'origin: endogenous\n    intensity: labour', 'origin: endogenous\n    intensity: capital')).toEqual([
			'content/data/typology.yaml:11, entry "rural-township", field "types.0.intensity": must be one of "labour", "technology", but is the text "capital"',
		]);
	});
	test('refuses a type whose list of representative clusters is empty', () => {
		expect(after(typology, 'clusters:\n      - { place: Wenzhou, province: Zhejiang }', 'clusters: []')).toEqual([
			'content/data/typology.yaml:12, entry "rural-township", field "types.0.clusters": must list at least 1 item(s)',
		]);
	});
	test('refuses a source key that is not in the references', () => {
		expect(after(typology, 'source: shao2007', 'source: shoa2007')).toEqual(['content/data/typology.yaml, field "source": "shoa2007" is not a key in content/references.yaml']);
	});
	test('refuses two types with the same id', () => {
		expect(after(typology, 'id: foreign-labour', 'id: foreign-technology')).toEqual(['content/data/typology.yaml, entry "foreign-technology", field "id": is used twice in types; ids must be unique']);
	});
});

describe('torch.yaml', () => {
	test('refuses a count of projects that is not a whole number', () => {
		expect(after(torch, 'value: 14884', 'value: 14884.5')).toEqual(['content/data/torch.yaml:4, field "projectsFunded.value": must be a whole number, but is number 14884.5']);
	});
	test('refuses more ongoing projects than were ever funded, quoting both numbers', () => {
		expect(after(torch, 'value: 5541', 'value: 15541')).toEqual(['content/data/torch.yaml, field "ongoingProjects.value": 15541 ongoing projects cannot exceed the 14884 funded']);
	});
	test('accepts as many ongoing projects as were funded', () => {
		expect(after(torch, 'value: 5541', 'value: 14884')).toEqual([]);
	});
	test('refuses a launch given as a count rather than a year', () => {
		expect(after(torch, 'launched: { value: 1988, unit: year }', 'launched: { value: 1988, unit: count }')).toEqual([
			'content/data/torch.yaml:3, field "launched.unit": must be "year", but is the text "count"',
		]);
	});
	test('refuses a profit in yuan where billions of yuan are meant', () => {
		expect(after(torch, 'unit: billion-yuan', 'unit: yuan')).toEqual(['content/data/torch.yaml:6, field "ongoingProfit.unit": must be "billion-yuan", but is the text "yuan"']);
	});
	test('refuses a source key that is not in the references', () => {
		expect(after(torch, 'source: torchprogram', 'source: torchprogramme')).toEqual(['content/data/torch.yaml, field "source": "torchprogramme" is not a key in content/references.yaml']);
	});
	test('refuses a patent year before the programme was launched', () => {
		expect(after(torch, 'year: 2006', 'year: 1980')).toEqual(['content/data/torch.yaml, field "patents.year": is before the programme was launched']);
	});
});

describe('zhongguancun.yaml', () => {
	test('refuses a link to an unknown enterprise, and says the real one is now unlinked', () => {
		expect(after(zhongguancun, '{ from: pku, to: founder }', '{ from: pku, to: fonder }')).toEqual([
			'content/data/zhongguancun.yaml, entry "pku → fonder", field "links.4.to": "fonder" is not an enterprise listed in enterprises',
			'content/data/zhongguancun.yaml, entry "founder", field "links": no link names this enterprise; say which institution invested in it',
		]);
	});
	test('refuses a link from an unknown institution', () => {
		expect(after(zhongguancun, '{ from: tsinghua, to: tongfang }', '{ from: tsinghwa, to: tongfang }')).toEqual([
			'content/data/zhongguancun.yaml, entry "tsinghwa → tongfang", field "links.6.from": "tsinghwa" is not an institution listed in institutions',
		]);
	});
	test('refuses an enterprise that no link names', () => {
		expect(after(zhongguancun, '  - { from: cas, to: daheng }\n', '')).toEqual([
			'content/data/zhongguancun.yaml, entry "daheng", field "links": no link names this enterprise; say which institution invested in it',
		]);
	});
	test('refuses an institution whose parent is not listed', () => {
		expect(after(zhongguancun, 'short: CAS Institute of Computing Technology, parent: cas }', 'short: CAS Institute of Computing Technology, parent: csa }')).toEqual([
			'content/data/zhongguancun.yaml, entry "cas-ict", field "parent": "csa" is not an institution listed in institutions',
		]);
	});
	test('refuses an institution that is its own parent', () => {
		expect(after(zhongguancun, 'short: CAS Software Research Institute, parent: cas }', 'short: CAS Software Research Institute, parent: cas-iscas }')).toEqual([
			'content/data/zhongguancun.yaml, entry "cas-iscas", field "parent": an institution cannot be its own parent',
		]);
	});
	test('refuses an id shared by an institution and an enterprise', () => {
		const root = editedCopy(zhongguancun, (t) => replaceOnce('{ from: cas-ict, to: lenovo }', '{ from: cas-ict, to: pku }')(replaceOnce('  - id: lenovo\n', '  - id: pku\n')(t)));
		expect(messages(root)).toEqual(['content/data/zhongguancun.yaml, entry "pku", field "id": is used twice in institutions and enterprises; ids must be unique']);
	});
	test('refuses a lever figure with a percentage of 150', () => {
		expect(after(zhongguancun, 'value: 75, unit: percent', 'value: 150, unit: percent')).toEqual([
			'content/data/zhongguancun.yaml, entry "land-transfer-share", field "levers.2.figures.0.value": is a percentage, so it must lie between 0 and 100, but is 150',
		]);
	});
	test('refuses an ecosystem count restated as a percentage above 100', () => {
		expect(after(zhongguancun, 'value: 39, unit: count', 'value: 390, unit: percent')).toEqual([
			'content/data/zhongguancun.yaml, entry "universities", field "ecosystem.0.value": is a percentage, so it must lie between 0 and 100, but is 390',
		]);
	});
	test('refuses an unknown unit, listing the units there are', () => {
		expect(after(zhongguancun, 'value: 3, unit: years', 'value: 3, unit: yrs')).toEqual([
			'content/data/zhongguancun.yaml:35, entry "tax-free-years", field "levers.3.figures.0.unit": must be one of "percent", "count", "billion-yuan", "year", "years", but is the text "yrs"',
		]);
	});
	test('refuses a policy source that is not in the references', () => {
		expect(after(zhongguancun, 'policySource: zscmc2002', 'policySource: zscmc2020')).toEqual([
			'content/data/zhongguancun.yaml, field "policySource": "zscmc2020" is not a key in content/references.yaml',
		]);
	});
	test('refuses a case-study source that is not in the references', () => {
		expect(after(zhongguancun, 'source: kuchiki2007', 'source: kuchiki2070')).toEqual(['content/data/zhongguancun.yaml, field "source": "kuchiki2070" is not a key in content/references.yaml']);
	});
	test('refuses two levers with the same id', () => {
		expect(after(zhongguancun, '  - id: land\n', '  - id: funds\n')).toEqual(['content/data/zhongguancun.yaml, entry "funds", field "id": is used twice in levers; ids must be unique']);
	});
	test('refuses a lever figure whose id is also an ecosystem figure', () => {
		expect(after(zhongguancun, 'id: firms-established', 'id: firms')).toEqual(['content/data/zhongguancun.yaml, entry "firms", field "id": is used twice in figures and ecosystem; ids must be unique']);
	});
});

describe('creative-industries.yaml', () => {
	test('refuses a Shanghai cluster count of 12 with 11 districts listed', () => {
		expect(after(creative, 'clusterCount: { value: 11, unit: count }', 'clusterCount: { value: 12, unit: count }')).toEqual([
			'content/data/creative-industries.yaml, entry "shanghai", field "clusterCount.value": says 12 clusters but 11 districts are listed',
		]);
	});
	test('refuses a Shanghai district list that no longer matches the count', () => {
		expect(after(creative, ', Putuo, Minhang]', ', Putuo]')).toEqual([
			'content/data/creative-industries.yaml, entry "shanghai", field "clusterCount.value": says 11 clusters but 10 districts are listed',
		]);
	});
	test('refuses an established date written in words, asking for YYYY-MM-DD', () => {
		expect(after(creative, 'established: "2004-11-06"', 'established: "6 November 2004"')).toEqual([
			'content/data/creative-industries.yaml:4, field "shanghai.established": must be a date written YYYY-MM-DD, but is the text "6 November 2004"',
		]);
	});
	test('refuses an established date that does not exist (31 November)', () => {
		expect(after(creative, 'established: "2004-11-06"', 'established: "2004-11-31"')).toEqual([
			'content/data/creative-industries.yaml:4, field "shanghai.established": must be a date written YYYY-MM-DD, but is the text "2004-11-31"',
		]);
	});
	test('refuses a Beijing cluster whose source is not in the references', () => {
		expect(after(creative, 'source: keane2007', 'source: keane2017')).toEqual(['content/data/creative-industries.yaml, entry "chaoyang-cbd", field "source": "keane2017" is not a key in content/references.yaml']);
	});
	test('refuses two Beijing clusters with the same id', () => {
		expect(after(creative, 'id: tongzhou-park', 'id: dashanzi-798')).toEqual([
			'content/data/creative-industries.yaml, entry "dashanzi-798", field "id": is used twice in beijing.clusters; ids must be unique',
		]);
	});
});

describe('facts.yaml', () => {
	test('refuses a fact naming a section that does not exist', () => {
		expect(after(facts, 'section: first\n  source: shao2007', 'section: contribution\n  source: shao2007')).toEqual([
			'content/data/facts.yaml, entry "wenzhou-lighters", field "section": "contribution" is not a section id',
		]);
	});
	test('refuses a fact whose source is not in the references', () => {
		expect(after(facts, 'source: shao2007', 'source: shao2070')).toEqual(['content/data/facts.yaml, entry "wenzhou-lighters", field "source": "shao2070" is not a key in content/references.yaml']);
	});
	test('refuses a quoted percentage of 700', () => {
		expect(after(facts, 'value: 70\n', 'value: 700\n')).toEqual(['content/data/facts.yaml, entry "wenzhou-lighters", field "value": is a percentage, so it must lie between 0 and 100, but is 700']);
	});
	test('refuses a negative percentage', () => {
		expect(after(facts, 'value: 70\n', 'value: -5\n')).toEqual(['content/data/facts.yaml, entry "wenzhou-lighters", field "value": is a percentage, so it must lie between 0 and 100, but is -5']);
	});
	test('refuses a fact whose number is written in words, naming its line', () => {
		expect(after(facts, 'value: 7\n', 'value: seven\n')).toEqual(['content/data/facts.yaml:9, entry "zhongguancun-clusters", field "value": must be a number, but is the text "seven"']);
	});
	test('refuses two facts with the same id, pointing to the first', () => {
		expect(after(facts, 'id: zhongguancun-clusters', 'id: wenzhou-lighters')).toEqual([
			'content/data/facts.yaml:8, entry "wenzhou-lighters", field "id": repeats the id of entry number 1 (line 2); ids must be unique',
		]);
	});
});

describe('numbers quoted in the sections', () => {
	test('refuses <Num id="torch.projects">, listing the numbers the Torch data set has', () => {
		const root = editedCopy(firstSection, (t) => `${t}\nIt funded <Num id="torch.projects" /> projects.\n`);
		expect(messages(root)).toEqual([
			'content/sections/01-first.mdx:18, entry "first": <Num id="torch.projects"> names no number in content/data/ (this data set has: torch.launched, torch.projects-funded, torch.ongoing-projects, torch.ongoing-profit, torch.patents-year, torch.patents-domestic, torch.patents-international)',
		]);
	});
	test('refuses a misspelt city in <Num>, listing the growth numbers', () => {
		expect(after(secondSection, 'built a base', 'built <Num id="growth.huizou" /> a base')).toEqual([
			'content/sections/02-second.mdx:8, entry "second": <Num id="growth.huizou"> names no number in content/data/ (this data set has: growth.huizhou, growth.shenzhen, growth.dongguan, growth.benchmark)',
		]);
	});
	test('refuses <Num> naming a data set that does not exist, without a list', () => {
		const root = editedCopy(firstSection, (t) => `${t}\nIt funded <Num id="torchs.projects" /> projects.\n`);
		expect(messages(root)).toEqual(['content/sections/01-first.mdx:18, entry "first": <Num id="torchs.projects"> names no number in content/data/']);
	});
	test('accepts <Num> naming real numbers of the Torch, growth and facts data sets', () => {
		const root = editedCopy(firstSection, (t) => `${t}\nIt funded <Num id="torch.projects-funded" />; Huizhou grew <Num id="growth.huizhou" />; <Num id="facts.wenzhou-lighters" />.\n`);
		expect(messages(root)).toEqual([]);
	});
});

describe('data files that cannot be read', () => {
	test.each(['typology', 'growth', 'torch', 'zhongguancun', 'creative-industries', 'facts'])('refuses a missing %s.yaml, asking whether it is missing', (name) => {
		expect(messages(copyWithout(`content/data/${name}.yaml`))).toEqual([`content/data/${name}.yaml: cannot be read (is it missing?)`]);
	});
	test('refuses a data file that is not valid YAML, naming the line of the repeated key', () => {
		expect(after(torch, 'ongoingProjects:', 'projectsFunded:')).toEqual(['content/data/torch.yaml:5: is not valid YAML: Map keys must be unique']);
	});
	test('refuses a data file indented with a tab, naming the line', () => {
		expect(after(growth, '  label: around', '\tlabel: around')).toEqual(['content/data/growth.yaml:7: is not valid YAML: Tabs are not allowed as indentation']);
	});
	test('refuses an empty data file', () => {
		expect(messages(editedCopy(growth, () => ''))).toEqual(['content/data/growth.yaml: must be a group of fields, but is an empty value']);
	});
	test('refuses a facts file that is not a list', () => {
		expect(messages(editedCopy(facts, () => 'wenzhou-lighters: 70\n'))).toEqual(['content/data/facts.yaml: must be a list of entries, each starting with "- id: …"']);
	});
});

describe('loading and checkData on their own', () => {
	test('loading reports file, entry, field and line as separate parts of the problem', () => {
		const root = editedCopy(growth, replaceOnce('value: 19.7 }', 'value: "19.7%" }'));
		expect(loadProblems(root)).toEqual([{ file: growth, entry: 'huizhou', field: 'cities.0.value', line: 9, message: 'must be a number, but is the text "19.7%"' }]);
	});
	test('loading collects the problems of every broken file before failing', () => {
		const root = editedCopy(torch, replaceOnce('value: 14884', 'value: 14884.5'));
		const growthPath = new URL(growth, root);
		writeFileSync(growthPath, replaceOnce('name: Dongguan, ', '')(readFileSync(growthPath, 'utf8')));
		expect(loadProblems(root).map(formatProblem)).toEqual([
			'content/data/growth.yaml:11, entry "dongguan", field "cities.2.name": is missing (it is required)',
			'content/data/torch.yaml:4, field "projectsFunded.value": must be a whole number, but is number 14884.5',
		]);
	});
	test('checkData names every source key when the references are empty, and every section a fact names when no section exists', () => {
		const data = loadReportSource(fixture.href).data;
		expect(checkData(data, new Set(), new Set()).map(formatProblem)).toEqual([
			'content/data/typology.yaml, field "source": "shao2007" is not a key in content/references.yaml',
			'content/data/growth.yaml, field "source": "cccr2005" is not a key in content/references.yaml',
			'content/data/facts.yaml, entry "wenzhou-lighters", field "source": "shao2007" is not a key in content/references.yaml',
			'content/data/facts.yaml, entry "wenzhou-lighters", field "section": "first" is not a section id',
			'content/data/facts.yaml, entry "zhongguancun-clusters", field "section": "first" is not a section id',
			'content/data/torch.yaml, field "source": "torchprogram" is not a key in content/references.yaml',
			'content/data/zhongguancun.yaml, field "source": "kuchiki2007" is not a key in content/references.yaml',
			'content/data/zhongguancun.yaml, field "policySource": "zscmc2002" is not a key in content/references.yaml',
			'content/data/creative-industries.yaml, entry "chaoyang-cbd", field "source": "keane2007" is not a key in content/references.yaml',
		]);
	});
});
