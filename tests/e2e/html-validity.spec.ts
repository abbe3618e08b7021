import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import vnu from 'vnu-jar';
import { dist } from './site';

test('the Nu HTML Checker reports no error on any page', () => {
	const pages = readdirSync(dist, { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dist, f));
	expect(pages.length).toBeGreaterThan(10);
	const java = process.env.JAVA_PATH ?? 'java';
	const run = spawnSync(java, ['-jar', String(vnu), '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (run.error) throw new Error(`Cannot run Java for the Nu HTML Checker (${run.error.message}); install it: sudo apt-get install -y default-jre-headless`);
	// The checker writes its JSON report to standard error.
	const report = JSON.parse(run.stderr || run.stdout) as { messages: Array<{ type: string; url: string; lastLine?: number; message: string }> };
	const errors = report.messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'}: ${m.message}`);
	expect(errors, 'Nu HTML Checker errors').toEqual([]);
});
