import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStyle } from 'csl-validator-wasm';
import { describe, expect, test } from 'vitest';
import { citationStyles } from '../../../src/citation';
import { localeXml, styleLocale, styleXml } from '../../../src/citation/styles';

const info = (xml: string, element: string) => new RegExp(`<${element}>([^<]*)</${element}>`).exec(xml)?.[1];

describe('the vendored CSL styles', () => {
	test('are the current official editions, as their <info> says', () => {
		expect(citationStyles.map(({ id }) => [id, info(styleXml(id), 'title'), info(styleXml(id), 'updated')])).toEqual([
			['apa', 'APA Style 7th edition', '2026-02-14T01:18:34+00:00'],
			['chicago-author-date', 'Chicago Manual of Style 18th edition (author-date)', '2025-08-07T00:00:00+00:00'],
			['modern-language-association', 'Modern Language Association 9th edition', '2021-07-13T20:05:10+00:00'],
			['harvard-cite-them-right', 'Cite Them Right 12th edition (author-date/Harvard)', '2026-02-12T10:42:48+00:00'],
		]);
	});
	test('carry their CC BY-SA 3.0 licence, and the README names each file with its source', () => {
		const readme = readFileSync(join(process.cwd(), 'src/citation/README.md'), 'utf8');
		for (const { id } of citationStyles) {
			expect(styleXml(id)).toContain('<rights license="http://creativecommons.org/licenses/by-sa/3.0/">');
			expect(readme).toContain(`styles/${id}.csl`);
		}
		for (const lang of ['en-US', 'en-GB']) {
			expect(localeXml(lang)).toContain(`xml:lang="${lang}"`);
			expect(readme).toContain(`locales/locales-${lang}.xml`);
		}
	});
	test('use the British locale for Cite Them Right only', () => {
		expect(styleLocale).toEqual({ apa: 'en-US', 'chicago-author-date': 'en-US', 'modern-language-association': 'en-US', 'harvard-cite-them-right': 'en-GB' });
	});
	test('and locales are valid against the CSL schema', { timeout: 30_000 }, async () => {
		for (const xml of [...citationStyles.map(({ id }) => styleXml(id)), localeXml('en-US'), localeXml('en-GB')]) expect(await validateStyle(xml)).toBe('');
	});
	test('are checked by a validator that does report errors', async () => {
		expect(await validateStyle(styleXml('apa').replace('variable="title"', 'variable="no-such-variable"'))).toContain('error');
	});
});
