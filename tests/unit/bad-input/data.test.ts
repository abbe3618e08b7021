import { afterAll, describe } from 'vitest';
import { removeCopies } from '../fixture-copy';
import { testEdits } from './cases';

afterAll(removeCopies);

const torch = 'content/data/torch.yaml';
const facts = 'content/data/facts.yaml';
const references = 'content/references.yaml';
const report = 'content/report.yaml';

describe('YAML that does not parse, or parses with a byte-order mark', () => {
	testEdits([
		{ name: 'an unclosed quote is reported at the line that opens it, not where the parser gives up', file: references, from: 'title: Growth of coastal towns', to: 'title: "Growth of coastal towns', expected: ['content/references.yaml:14: is not valid YAML: a quote is opened but not closed (Missing closing "quote)'] },
		{ name: 'an unclosed bracket is reported at its own line', file: 'content/data/growth.yaml', from: 'value: 12 }', to: 'value: 12', expected: ['content/data/growth.yaml:10: is not valid YAML: a [ or { is opened but not closed (Flow map in block collection must be sufficiently indented and end with a })'] },
		{ name: 'a key indented too far is reported at its line', file: report, from: 'status: Test report', to: '  status: Test report', expected: ['content/report.yaml:7: is not valid YAML: the indentation of this line does not match the lines around it (All mapping items must start at the same column)'] },
		{ name: 'a key without its colon is reported at its own line', file: references, from: '  publisher: Harbour Press', to: '  publisher Harbour Press', expected: ['content/references.yaml:7: is not valid YAML: is the colon after a field name missing (name: value)? (Implicit map keys need to be followed by map values)'] },
		{ name: 'a list item indented less than its siblings is reported at its line', file: references, from: '    - { family: Osei, given: K. }', to: '  - { family: Osei, given: K. }', expected: ['content/references.yaml:12: is not valid YAML: the indentation of this line does not match the lines around it (A block sequence may not be used as an implicit map key)'] },
		{ name: 'a colon and space inside an unquoted title is reported at its line', file: references, from: 'title: Growth of coastal towns', to: 'title: Growth: coastal towns', expected: ['content/references.yaml:14: is not valid YAML: a value that holds ": " must be put in quotes (Nested mappings are not allowed in compact mappings)'] },
		{ name: 'an unclosed single quote is reported at the line that opens it', file: 'content/glossary.yaml', from: 'term: Cluster', to: "term: 'Cluster", expected: ['content/glossary.yaml:3: is not valid YAML: a quote is opened but not closed (Missing closing \'quote)'] },
		{ name: 'a byte-order mark at the start of a YAML file is ignored', file: report, from: 'title: Two Port Towns', to: '\uFEFFtitle: Two Port Towns', expected: [] },
		{ name: 'a byte-order mark at the start of a data file is ignored', file: torch, from: '# The Spark Fund', to: '\uFEFF# The Spark Fund', expected: [] },
	]);
});

describe('numbers out of their range', () => {
	testEdits([
		{ name: '1e300 as a count is out of range, not "not a whole number"', file: torch, from: 'value: 1200,', to: 'value: 1e300,', expected: ['content/data/torch.yaml:4, field "projectsFunded.value": is a count, so it must be a whole number from 0 to 1,000,000,000, but is number 1e+300'] },
		{ name: '1e300 as a year is out of range', file: torch, from: 'launched: { value: 1990, unit: year }', to: 'launched: { value: 1e300, unit: year }', expected: ['content/data/torch.yaml:3, field "launched.value": is a calendar year, so it must be a whole number from 1800 to 2100, but is number 1e+300'] },
		{ name: 'a patent year of 1e300 is out of range', file: torch, from: 'year: 2001', to: 'year: 1e300', expected: ['content/data/torch.yaml:8, field "patents.year": is a calendar year, so it must be a whole number from 1800 to 2100, but is number 1e+300'] },
		{ name: 'a year before 1800', file: torch, from: 'year: 2001', to: 'year: 1799', expected: ['content/data/torch.yaml:8, field "patents.year": is a calendar year, so it must be a whole number from 1800 to 2100, but is number 1799'] },
		{ name: 'a year after 2100', file: torch, from: 'launched: { value: 1990, unit: year }', to: 'launched: { value: 2101, unit: year }', expected: ['content/data/torch.yaml:3, field "launched.value": is a calendar year, so it must be a whole number from 1800 to 2100, but is number 2101'] },
		{ name: 'a year with a fraction', file: torch, from: 'year: 2001', to: 'year: 2001.5', expected: ['content/data/torch.yaml:8, field "patents.year": is a calendar year, so it must be a whole number from 1800 to 2100, but is number 2001.5'] },
		{ name: 'a negative count', file: torch, from: 'value: 410,', to: 'value: -410,', expected: ['content/data/torch.yaml:9, field "patents.domestic.value": is a count, so it must be a whole number from 0 to 1,000,000,000, but is number -410'] },
		{ name: 'a count above 10^9', file: torch, from: 'value: 12,', to: 'value: 1000000001,', expected: ['content/data/torch.yaml:10, field "patents.international.value": is a count, so it must be a whole number from 0 to 1,000,000,000, but is number 1000000001'] },
		{ name: 'a count of exactly 10^9 is accepted', file: torch, from: 'value: 1200,', to: 'value: 1000000000,', expected: [] },
		{ name: 'a count of zero is accepted', file: torch, from: 'value: 12,', to: 'value: 0,', expected: [] },
		{ name: 'a negative profit', file: torch, from: 'value: 0.85,', to: 'value: -0.85,', expected: ['content/data/torch.yaml:6, field "ongoingProfit.value": is an amount in billions of yuan, so it must lie between 0 and 1,000,000, but is number -0.85'] },
		{ name: 'a fact counted as 1e300', file: facts, from: 'value: 12\n', to: 'value: 1e300\n', expected: ['content/data/facts.yaml:9, entry "park-labs", field "value": is a count, so it must be a whole number from 0 to 1,000,000,000, but is number 1e+300'] },
		{ name: 'a fact that is a year of 1e300', file: facts, from: 'value: 12\n  unit: count', to: 'value: 1e300\n  unit: year', expected: ['content/data/facts.yaml:9, entry "park-labs", field "value": is a calendar year, so it must be a whole number from 1800 to 2100, but is number 1e+300'] },
		{ name: 'a percentage of 100.5 in a fact', file: facts, from: 'value: 40\n', to: 'value: 100.5\n', expected: ['content/data/facts.yaml:3, entry "ningbo-buttons", field "value": is a percentage, so it must lie between 0 and 100, but is number 100.5'] },
		{ name: 'a growth rate below zero', file: 'content/data/growth.yaml', from: 'value: 14.5 }', to: 'value: -1 }', expected: ['content/data/growth.yaml:9, entry "ningbo", field "cities.0.value": is a percentage, so it must lie between 0 and 100, but is number -1'] },
		{ name: 'a park figure of a negative number of years', file: 'content/data/zhongguancun.yaml', from: 'value: 2, unit: years', to: 'value: -2, unit: years', expected: ['content/data/zhongguancun.yaml:19, entry "rent-free-years", field "levers.1.figures.1.value": is a duration in years, so it must lie between 0 and 1,000, but is number -2'] },
		{ name: 'a reference year of 1e300', file: references, from: 'year: 2010', to: 'year: 1e300', expected: ['content/references.yaml:5, entry "lin2010", field "year": is a calendar year, so it must be a whole number from 1800 to 2100, but is number 1e+300'] },
		{ name: 'a number written with a thousands comma', file: torch, from: 'value: 1200,', to: 'value: 1,200,', expected: ['content/data/torch.yaml:4, field "projectsFunded": has a field named "200": is a number written with a thousands comma? Write it without (14884)'] },
	]);
});

describe('fields missing, misspelt or of the wrong kind', () => {
	testEdits([
		{ name: 'a report without its title', file: report, from: 'title: Two Port Towns\n', to: '', expected: ['content/report.yaml, field "title": is missing (it is required)'] },
		{ name: 'a report with a misspelt field', file: report, from: 'preparedFor:', to: 'preparedfor:', expected: ['content/report.yaml, field "preparedFor": is missing (it is required)', 'content/report.yaml: has unknown field(s) "preparedfor" (misspelt?)'] },
		{ name: 'a report whose abstract is too short', file: report, from: 'abstract: Two port towns, Ningbo and Xiamen, grew by {growth.ningbo} and {growth.xiamen} a year; this report is small enough to test every rule.', to: 'abstract: Too short.', expected: ['content/report.yaml:13, field "abstract": must be at least 40 character(s) long'] },
		{ name: 'a reference of an unknown type', file: references, from: 'type: book\n  author:\n    - { family: Lin', to: 'type: novel\n  author:\n    - { family: Lin', expected: ['content/references.yaml:2, entry "lin2010", field "type": must be one of "book", "chapter", "article-journal", "report", "paper-conference", "webpage", "legislation", but is the text "novel"'] },
		{ name: 'a reference author written as plain text', file: references, from: '- { family: Lin, given: Q. }', to: '- Lin, Q.', expected: ['content/references.yaml:4, entry "lin2010", field "author.0": is not in any accepted form: the text "Lin, Q."'] },
		{ name: 'a glossary term with Latin letters as its Chinese name', file: 'content/glossary.yaml', from: 'chinese: 产业集群', to: 'chinese: chanye jiqun', expected: ['content/glossary.yaml:4, entry "cluster", field "chinese": must be written in Chinese characters, but is the text "chanye jiqun"'] },
		{ name: 'an erratum whose flag is the text "yes"', file: 'content/errata.yaml', from: 'flag: true\n- id: port-delta', to: 'flag: "yes"\n- id: port-delta', expected: ['content/errata.yaml:8, entry "shenyang-north", field "flag": must be true or false, but is the text "yes"'] },
		{ name: 'a licence given as text', file: report, from: 'licence: { name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/" }', to: 'licence: CC BY 4.0', expected: ['content/report.yaml:11, field "licence": must be a group of fields, but is the text "CC BY 4.0"'] },
		{ name: 'a list item among record fields gives one YAML message, not the parser’s follow-on errors', file: references, from: '- id: lin2010\n  type: book', to: 'id: lin2010\ntype: book\n- id: x', expected: ['content/references.yaml:3: is not valid YAML: the indentation of this line does not match the lines around it (Implicit keys need to be on a single line)'] },
	]);
});

describe('duplicate ids: one message each, no follow-on errors', () => {
	testEdits([
		{ name: 'two references with the same key', file: references, from: '- id: ma2012', to: '- id: lin2010', expected: ['content/references.yaml:8, entry "lin2010", field "id": repeats the id of entry number 1 (line 1); ids must be unique'] },
		{ name: 'two glossary terms with the same id', file: 'content/glossary.yaml', from: '- id: spark-fund', to: '- id: cluster', expected: ['content/glossary.yaml:7, entry "cluster", field "id": repeats the id of entry number 1 (line 2); ids must be unique'] },
		{ name: 'two errata with the same id', file: 'content/errata.yaml', from: '- id: towm-town', to: '- id: port-delta', expected: ['content/errata.yaml:17, entry "port-delta", field "id": repeats the id of entry number 2 (line 9); ids must be unique'] },
		{ name: 'two places with the same id', file: 'content/data/places.yaml', from: '{ id: spark-office,', to: '{ id: ningbo,', expected: ['content/data/places.yaml:7, entry "ningbo", field "places.3.id": repeats the id of entry number 1 in this list; ids must be unique'] },
		{ name: 'two figure captions for the same chart', file: 'content/data/figures.yaml', from: '- id: map\n', to: '- id: growth\n', expected: ['content/data/figures.yaml:23, entry "growth", field "id": repeats the id of entry number 2 (line 7); ids must be unique'] },
	]);
});
