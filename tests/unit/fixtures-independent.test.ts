import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const project = fileURLToPath(new URL('../../', import.meta.url));

/** Every file under a folder, as paths relative to the project. */
function filesUnder(dir: string): string[] {
	return readdirSync(join(project, dir), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(project, join(entry.parentPath, entry.name)));
}

describe('the test fixtures', () => {
	test('are a report of their own: no file under tests/fixtures is a byte copy of a file under content/', () => {
		const content = new Map(filesUnder('content').map((file) => [readFileSync(join(project, file)).toString('base64'), file]));
		const copies = filesUnder('tests/fixtures')
			.map((file) => [file, content.get(readFileSync(join(project, file)).toString('base64'))])
			.filter(([, original]) => original !== undefined)
			.map(([file, original]) => `${file} is a copy of ${original}`);
		expect(copies).toEqual([]);
	});
});
