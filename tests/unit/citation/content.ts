// Reads the real content files for the citation tests: content/report.yaml, content/references.yaml and the
// frontmatter and citations of content/sections/*.mdx. Plain file reading, no Astro.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Cluster } from '../../../src/citation';
import { referenceSchema, type Reference } from '../../../src/schemas/reference';
import { reportSchema, type Report } from '../../../src/schemas/report';

const content = join(process.cwd(), 'content');

export function loadReport(): Report {
	return reportSchema.parse(parse(readFileSync(join(content, 'report.yaml'), 'utf8')));
}

export function loadReferences(): Reference[] {
	return (parse(readFileSync(join(content, 'references.yaml'), 'utf8')) as unknown[]).map((entry) => referenceSchema.parse(entry));
}

export interface SectionSource {
	id: string;
	title: string;
	order: number;
	body: string;
}

/** Every section in reading order, with its frontmatter split off the MDX body. */
export function loadSections(): SectionSource[] {
	const folder = join(content, 'sections');
	return readdirSync(folder)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => {
			const text = readFileSync(join(folder, f), 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
			if (!match) throw new Error(`${f} has no frontmatter`);
			const front = parse(match[1]!) as { id: string; title: string; order: number };
			return { id: front.id, title: front.title, order: front.order, body: match[2]! };
		})
		.sort((a, b) => a.order - b.order);
}

/** The sections that are cited as parts of the report (the reference list is a page of its own, not a part). */
export function citableSections(): SectionSource[] {
	return loadSections().filter((s) => s.id !== 'references');
}

/**
 * The citation clusters of the report in reading order, read as the README describes them:
 * `[@a; @b, p. 12]` is parenthetical, a bare `@key` in the sentence narrative.
 */
export function reportClusters(): Cluster[] {
	const clusters: Cluster[] = [];
	for (const { body } of loadSections()) {
		const found: Array<{ at: number; cluster: Cluster }> = [];
		const bracketed = /\[(@[^\]]+)\]/g;
		for (const m of body.matchAll(bracketed)) {
			const items = m[1]!.split(';').map((part) => {
				const [, key, locator] = /^\s*@([a-z][a-z0-9]*)(?:\s*,\s*(.+))?\s*$/.exec(part)!;
				return locator ? { key: key!, locator: locator.trim() } : { key: key! };
			});
			found.push({ at: m.index, cluster: { mode: 'parenthetical', items } });
		}
		const outside = body.replace(bracketed, (m) => ' '.repeat(m.length));
		for (const m of outside.matchAll(/(?<![\w@])@([a-z][a-z0-9]*)/g)) found.push({ at: m.index, cluster: { mode: 'narrative', items: [{ key: m[1]! }] } });
		clusters.push(...found.sort((a, b) => a.at - b.at).map((f) => f.cluster));
	}
	return clusters;
}

/** A cluster rendered as the page shows it. */
export function clusterText(r: { prefix: string; delimiter: string; suffix: string; parts: Array<{ text: string; delimiter?: string }> }): string {
	return r.prefix + r.parts.map((p, i) => (i === 0 ? '' : (p.delimiter ?? r.delimiter)) + p.text).join('') + r.suffix;
}
