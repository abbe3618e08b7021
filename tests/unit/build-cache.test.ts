import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildProject, projectCopy, removeCopies } from './fixture-copy';

afterAll(removeCopies);

/** Every file of a built site, by path, with its bytes. */
function site(dir: string): Map<string, Buffer> {
	const out = new Map<string, Buffer>();
	for (const file of readdirSync(join(dir, 'dist'), { recursive: true }).map(String).sort()) {
		const path = join(dir, 'dist', file);
		if (statSync(path).isFile()) out.set(file, readFileSync(path));
	}
	return out;
}
const changed = (a: Map<string, Buffer>, b: Map<string, Buffer>) => [...new Set([...a.keys(), ...b.keys()])].filter((f) => !a.get(f)?.equals(b.get(f) ?? Buffer.alloc(0)) || !b.has(f)).sort();

test('a warm build after an edit serves nothing stale: it equals a clean build of the edited content, and only what the edit reaches changes', () => {
	const dir = projectCopy();
	const build = () => {
		const { status, output } = buildProject(dir, {}, 180);
		expect(status, output.slice(-2000)).toBe(0);
		return site(dir);
	};
	const before = build();
	// One number of one data set: the growth figure's chart, its pictures, its data and the text that quotes it change; nothing else should.
	const growth = join(dir, 'content/data/growth.yaml');
	writeFileSync(growth, readFileSync(growth, 'utf8').replace('value: 19.7', 'value: 19.6'));
	const warm = build();
	rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
	const clean = build();
	expect(changed(warm, clean)).toEqual([]);
	const touched = changed(before, warm);
	for (const file of ['figures/growth.png', 'figures/growth.svg', 'data/growth.csv', 'data/growth.json', 'contribution/index.html', 'og/figures/growth.png']) expect(touched).toContain(file);
	for (const file of ['figures/map.png', 'figures/typology.png', 'og/index.png', 'og/contribution.png', 'typology/index.html', 'cite/report.bib']) expect(touched).not.toContain(file);
}, 600_000);
