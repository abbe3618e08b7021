import { describe, expect, test } from 'vitest';
import { erratumSchema } from '../../../src/schemas/erratum';

const base = { id: 'chin-china', section: 'formation', kind: 'spelling', change: 'correction', draft: 'Chin', site: 'China', reason: 'Typing error.' };
const issues = (value: unknown) => {
	const result = erratumSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('erratumSchema', () => {
	test('accepts a correction, an insertion without draft text and an omission without site text', () => {
		expect(issues(base)).toEqual([]);
		expect(issues({ ...base, change: 'insertion', draft: undefined, block: 'figure:growth' })).toEqual([]);
		expect(issues({ ...base, change: 'omission', site: undefined })).toEqual([]);
	});
	test('refuses an entry with neither draft nor site text', () => {
		expect(issues({ ...base, draft: undefined, site: undefined })).toEqual(['draft: needs a draft or a site quotation (or both)']);
	});
	test('refuses a change class outside the six, and a block that is not one of the editors’ blocks', () => {
		expect(issues({ ...base, change: 'fix' })[0]).toMatch(/^change: /);
		expect(issues({ ...base, block: 'figure:Growth' })[0]).toMatch(/^block: must be "abstract", "summary"/);
	});
	test('refuses a pattern that is not a regular expression', () => {
		expect(issues({ ...base, sitePattern: '([' })).toEqual(['sitePattern: must be a valid regular expression']);
	});
});
