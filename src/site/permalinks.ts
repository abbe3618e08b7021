import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
// Types only: scripts/lock-permalinks.mjs runs this file on Node as it is, where a relative import needs its extension.
import type { PermalinkLock } from '../load/lock';

export type { PermalinkLock };

/** The lock file, at the project root (the build reads and checks it through src/load/lock.ts first). */
export const lockFile = 'permalinks.lock.json';

/** The lock of a project whose build has just checked it (src/load/lock.ts): for the lock script and the browser tests. */
export function readLock(root: string): PermalinkLock {
	const parsed = JSON.parse(readFileSync(new URL(lockFile, root), 'utf8')) as Partial<PermalinkLock>;
	if (!parsed.pages || typeof parsed.pages !== 'object') throw new Error(`${lockFile} must hold {"pages": {…}}`);
	return { pages: parsed.pages };
}

/** What one built page publishes. */
export interface PublishedPage {
	/** Anchors marked `data-permalink`: headings, their aliases, reference and note entries. */
	anchors: string[];
	/** For a redirect page left for a retired URL: the page it sends readers to. */
	redirectTo?: string;
}

export type Published = Map<string, PublishedPage>;

const permalinkTag = /<[a-z][a-z0-9]*\b[^>]*\bdata-permalink\b[^>]*>/g;
const idAttr = /\bid="([^"]+)"/;
const redirectAttr = /<meta\b[^>]*\bname="permalink-redirect"[^>]*\bcontent="([^"]*)"/;

/** Reads the permalink anchors (and redirect target) of one built HTML page. */
export function scanPage(html: string): PublishedPage {
	const anchors = [...html.matchAll(permalinkTag)].map((m) => idAttr.exec(m[0])?.[1]).filter((id): id is string => Boolean(id));
	const redirect = redirectAttr.exec(html)?.[1];
	return redirect !== undefined ? { anchors: [...new Set(anchors)], redirectTo: redirect } : { anchors: [...new Set(anchors)] };
}

/** Every file under `dir`, as sorted paths relative to it with `/` separators (none when it does not exist). */
export function filesUnder(dir: string): string[] {
	const out: string[] = [];
	const walk = (at: string) => {
		for (const name of readdirSync(at).sort()) {
			const full = join(at, name);
			if (statSync(full).isDirectory()) walk(full);
			else out.push(relative(dir, full).split(sep).join('/'));
		}
	};
	if (existsSync(dir)) walk(dir);
	return out;
}

/**
 * Walks a built site and lists its pages (`index.html` files) by path relative to the base: the latest edition's,
 * not the editions kept under `editions/` (each frozen as published; src/site/editions.ts).
 */
export function scanSite(dist: string): Published {
	const published: Published = new Map();
	for (const file of filesUnder(dist)) {
		if (file.startsWith('editions/') || !(file === 'index.html' || file.endsWith('/index.html'))) continue;
		published.set(file.slice(0, -'index.html'.length), scanPage(readFileSync(join(dist, file), 'utf8')));
	}
	return published;
}

/** Follows redirect pages to the page that finally holds the content. */
function resolvePage(published: Published, path: string, seen = new Set<string>()): PublishedPage | undefined {
	const page = published.get(path);
	if (!page?.redirectTo || seen.has(path)) return page;
	seen.add(path);
	return resolvePage(published, page.redirectTo, seen);
}

/** Every locked URL that the build no longer serves, as `path#anchor` strings. */
export function brokenPermalinks(lock: PermalinkLock, published: Published): string[] {
	const broken: string[] = [];
	for (const [path, anchors] of Object.entries(lock.pages)) {
		const page = resolvePage(published, path);
		if (!page) {
			broken.push(`/${path}`);
			continue;
		}
		const own = new Set([...(published.get(path)?.anchors ?? []), ...page.anchors]);
		for (const anchor of anchors) if (!own.has(anchor)) broken.push(`/${path}#${anchor}`);
	}
	return broken;
}

/** Published URLs the lock does not list yet (new pages and headings). */
export function unlockedPermalinks(lock: PermalinkLock, published: Published): string[] {
	const fresh: string[] = [];
	for (const [path, page] of published) {
		const locked = lock.pages[path];
		if (!locked) fresh.push(`/${path}`);
		for (const anchor of page.anchors) if (!locked?.includes(anchor)) fresh.push(`/${path}#${anchor}`);
	}
	return fresh;
}

/** The lock with every published URL added; nothing is ever removed. Sorted for stable diffs. */
export function extendLock(lock: PermalinkLock, published: Published): PermalinkLock {
	const pages: Record<string, Set<string>> = {};
	for (const [path, anchors] of Object.entries(lock.pages)) pages[path] = new Set(anchors);
	for (const [path, page] of published) {
		pages[path] ??= new Set();
		for (const anchor of page.anchors) pages[path].add(anchor);
	}
	return {
		pages: Object.fromEntries(
			Object.keys(pages)
				.sort()
				.map((path) => [path, [...pages[path]].sort()]),
		),
	};
}

export function serialiseLock(lock: PermalinkLock): string {
	return `${JSON.stringify(lock, null, '\t')}\n`;
}
