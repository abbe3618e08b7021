import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ContentError, formatProblem } from '../../src/load/problems';
import { loadReportSource } from '../../src/load/source';
import { buildModel } from '../../src/model/build';
import type { ReportModel } from '../../src/model/report-model';

/**
 * Helpers for tests that copy the small fixture report into a temporary directory and change one
 * file as an author would. Call `removeCopies` from `afterAll` to delete the copies.
 */

/** The small, valid report every copy starts from. */
export const fixture = new URL('../fixtures/mini/', import.meta.url);

const copies: string[] = [];

/** Deletes every copy made so far. */
export function removeCopies(): void {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh copy of the fixture; returns its directory on disk. */
function freshCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'report-'));
	copies.push(dir);
	cpSync(fileURLToPath(fixture), dir, { recursive: true });
	return dir;
}

/** The copy's root as the loaders take it: a file URL ending in `/`. */
function rootOf(dir: string): string {
	return pathToFileURL(`${dir}/`).href;
}

/**
 * A copy of the fixture with one file (`content/data/growth.yaml`) changed by `edit`. Throws when
 * the edit changes nothing, so a test whose fixture drifted cannot pass by proving nothing.
 */
export function editedCopy(file: string, edit: (text: string) => string): string {
	const dir = freshCopy();
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = edit(before);
	if (after === before) throw new Error(`the edit of ${file} changed nothing; has the fixture changed?`);
	writeFileSync(path, after);
	return rootOf(dir);
}

/**
 * An edit that replaces `from` with `to`, refusing to run unless `from` occurs exactly once, so the
 * test changes the very line it means to.
 */
export function replaceOnce(from: string, to: string): (text: string) => string {
	return (text) => {
		const count = text.split(from).length - 1;
		if (count !== 1) throw new Error(`expected ${JSON.stringify(from)} once in the file, found it ${count} times`);
		return text.replace(from, () => to);
	};
}

/** A copy of the fixture with one file deleted. */
export function copyWithout(file: string): string {
	const dir = freshCopy();
	const path = join(dir, file);
	if (!existsSync(path)) throw new Error(`the fixture has no ${file} to delete`);
	rmSync(path);
	return rootOf(dir);
}

/**
 * A copy of the fixture where `file` (which may be new) is whatever `write` puts at its path: bytes that are not
 * text, a link, a file an editor leaves. An existing file is removed first.
 */
export function copyWriting(file: string, write: (path: string) => void): string {
	const dir = freshCopy();
	const path = join(dir, file);
	rmSync(path, { force: true });
	write(path);
	return rootOf(dir);
}

/** Every problem that stops the build, formatted as authors see it: from the loaders' ContentError, or else the model's checks. */
export function messages(root: string): string[] {
	try {
		return buildModel(loadReportSource(root)).errors.map(formatProblem);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem);
		throw error;
	}
}

/** The problems reported once `file` of the small report has had `from` replaced with `to` (once). */
export function messagesAfter(file: string, from: string, to: string): string[] {
	return messages(editedCopy(file, replaceOnce(from, to)));
}

/** An edit that adds `text` at the end of a file. */
export const appending = (text: string) => (before: string) => `${before}${text}`;

/** The report model of a copy; throws with the author-facing messages when the content does not hold together. */
export function modelOf(root: string): ReportModel {
	const built = buildModel(loadReportSource(root));
	if (!built.model) throw new Error(built.errors.map(formatProblem).join('\n'));
	return built.model;
}

/** A section of a copy drawn as its page draws it (compiled by @astrojs/mdx), with the site under `/reports/x/`. */
export async function renderedSection(root: string, id: string): Promise<string> {
	// Loaded when asked for: it needs Vitest's Astro (the browser tests use this module's other helpers).
	const { renderSection } = await import('../components/render');
	return renderSection(root, modelOf(root), id);
}

/** The project this test suite belongs to. */
const project = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A copy of the whole project for a real build: its configuration, sources, scripts, public files, permalink
 * lock, content and frozen editions, with node_modules linked rather than copied. Removed by `removeCopies`.
 */
export function projectCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'report-build-'));
	copies.push(dir);
	for (const part of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'permalinks.lock.json', 'src', 'public', 'content', 'scripts']) {
		if (existsSync(join(project, part))) cpSync(join(project, part), join(dir, part), { recursive: true });
	}
	// The packages are linked one by one, so the copy's caches (node_modules/.astro: Astro's content store and
	// the report's own) are its own, never the project's.
	mkdirSync(join(dir, 'node_modules'));
	for (const name of readdirSync(join(project, 'node_modules'))) {
		if (!/^\.(astro|vite|cache|vitest-cache)$/.test(name)) symlinkSync(join(project, 'node_modules', name), join(dir, 'node_modules', name));
	}
	return dir;
}

/**
 * The environment for a child build: this process's, without what Vitest copied into it from `import.meta.env`
 * (`SITE`, `BASE_URL`, `MODE`…), which the child's Astro would take as its own addresses over its configuration.
 */
export function childEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
	const own = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['SITE', 'BASE_URL', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k)));
	return { ...own, VITEST: '', ...env };
}

/**
 * Builds a project copy as `npm run build` does (`astro build` on the project's own Node), with
 * `env` added. A build that hangs is killed after `seconds`: the caller then sees its status, not a stall.
 */
export function buildProject(dir: string, env: Record<string, string> = {}, seconds = 100): { status: number | null; output: string } {
	const bin = join(project, 'node_modules/.bin');
	const run = spawnSync(join(bin, 'astro'), ['build'], { cwd: dir, encoding: 'utf8', timeout: seconds * 1000, killSignal: 'SIGKILL', env: childEnv({ PATH: `${bin}:${process.env.PATH}`, ...env }) });
	return { status: run.status, output: `${run.stdout}${run.stderr}${run.error ? `\n${run.error.message}` : ''}` };
}
