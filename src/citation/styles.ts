import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The citation styles of the site: official CSL styles and locales vendored as files in
 * `src/citation/styles/` and `src/citation/locales/` (sources and licence in `src/citation/README.md`).
 */
export type StyleId = 'apa' | 'chicago-author-date' | 'modern-language-association' | 'harvard-cite-them-right';

/** The styles of the cite-this block, in the order shown, with the label a reader sees. */
export const citationStyles: ReadonlyArray<{ id: StyleId; label: string }> = [
	{ id: 'apa', label: 'APA 7' },
	{ id: 'chicago-author-date', label: 'Chicago (author-date, 18th ed.)' },
	{ id: 'modern-language-association', label: 'MLA 9' },
	{ id: 'harvard-cite-them-right', label: 'Harvard (Cite Them Right)' },
];

export type LocaleId = 'en-US' | 'en-GB';

/** The locale each style is written for: Cite Them Right is a British style (single quotes, “Accessed:”). */
export const styleLocale: Readonly<Record<StyleId, LocaleId>> = {
	apa: 'en-US',
	'chicago-author-date': 'en-US',
	'modern-language-association': 'en-US',
	'harvard-cite-them-right': 'en-GB',
};

// The vendored files are read from the project root: this module may run from a bundled chunk elsewhere.
const folder = join(process.cwd(), 'src', 'citation');
const read = (...path: string[]) => readFileSync(join(folder, ...path), 'utf8');

const styles = new Map<StyleId, string>(citationStyles.map((s) => [s.id, read('styles', `${s.id}.csl`)]));
const locales = new Map<string, string>((['en-US', 'en-GB'] as const).map((l) => [l, read('locales', `locales-${l}.xml`)]));

/** The CSL XML of a vendored style. */
export function styleXml(id: StyleId): string {
	const xml = styles.get(id);
	if (!xml) throw new Error(`no vendored CSL style "${id}"`);
	return xml;
}

/** The CSL XML of a vendored locale; the other English locales fall back to en-US, as citeproc expects. */
export function localeXml(lang: string): string {
	return locales.get(lang) ?? locales.get(lang.startsWith('en-GB') ? 'en-GB' : 'en-US')!;
}
