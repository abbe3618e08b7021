import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultSiteUrl } from '../site/location';
import { editionBuild } from '../site/current';
import { changesHtml, editionChanges } from '../site/edition-changes';
import { compareVersions, detokenize, detokenizePage, editionPath, isText, latestKind, sectionPageText, siteFiles, tokenBase, tokenOrigin, tokenRoot, withNewerEditionNotice, type Deployment, type EditionText, type LatestPage } from '../site/editions';
import { scanSite } from '../site/permalinks';
import { syncedModel } from './report-guard';

/** Where the frozen editions are kept in the repository: `editions/<version>/site/`, tokenized. */
export const archiveFolder = 'editions/';

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
function filesUnder(dir: string): string[] {
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

const write = (path: string, data: string | Uint8Array) => {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, data);
};

/** The versions frozen in the repository, oldest first. */
export function archivedEditions(root: string): string[] {
	const dir = fileURLToPath(new URL(archiveFolder, root));
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((v) => /^\d+\.\d+\.\d+$/.test(v) && existsSync(join(dir, v, 'site')))
		.sort(compareVersions);
}

/** Whether a file of the tokenized build belongs to the deployment rather than to an edition. */
const isSiteFile = (path: string) => siteFiles.some((f) => path === f || path.startsWith(`${f}/`));

/** Copies one edition's tokenized files into `dist/editions/<version>/`, tokens replaced; `page` may rewrite pages. */
function writePinned(files: Array<{ path: string; read: () => Buffer }>, dist: string, version: string, to: Deployment, page: (path: string, html: string) => string = (_p, h) => h) {
	const out = join(dist, editionPath(version));
	for (const f of files) {
		if (isSiteFile(f.path)) continue;
		const target = join(out, f.path);
		if (f.path.endsWith('.html')) write(target, page(f.path, detokenizePage(f.read().toString('utf8'), version, to, 'pinned')));
		else if (isText(f.path)) write(target, detokenize(f.read().toString('utf8'), version, to, 'pinned'));
		else write(target, f.read());
	}
}

/**
 * What the latest edition publishes at an older edition's page `path`: the page it finally lands on (following the
 * redirect pages left for renamed sections), its anchors and the heading ids it keeps as aliases.
 */
function latestPage(dist: string, published: ReturnType<typeof scanSite>, path: string): LatestPage | undefined {
	let at = path;
	const seen = new Set<string>();
	while (published.get(at)?.redirectTo !== undefined && !seen.has(at)) {
		seen.add(at);
		at = published.get(at)!.redirectTo!;
	}
	const page = published.get(at);
	if (!page) return undefined;
	const html = readFileSync(join(dist, at, 'index.html'), 'utf8');
	const aliases = new Map([...html.matchAll(/<span class="alias-anchor" id="([^"]+)" data-permalink data-alias-of="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
	return { path: at, anchors: new Set(page.anchors), aliases };
}

/**
 * Publishes every edition of the report (see src/site/editions.ts): the build runs with placeholder tokens for
 * the origin and the base path; once the pages are written (and the sitemap, so this integration comes last), the
 * tokenized output becomes the unversioned site and the current edition's pinned copy, and every edition frozen in
 * `editions/` is copied to its folder. A page of an older edition is told, and tells its reader, that a newer one
 * exists. With `REPORT_FREEZE_EDITION` set to the current version (`npm run edition`), the tokenized output is also
 * frozen into `editions/<version>/`.
 */
export function editions(env: Record<string, string | undefined> = process.env): AstroIntegration {
	let root: string;
	let to: Deployment;
	let building = false;
	return {
		name: 'report-editions',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				root = config.root.href;
				if (command !== 'build') return;
				building = true;
				to = { origin: new URL(config.site ?? defaultSiteUrl).origin, base: config.base.endsWith('/') ? config.base : `${config.base}/` };
				updateConfig({ site: tokenOrigin, base: tokenBase });
			},
			'astro:build:start': () => {
				// A content problem is the build guard's to report: without a model there are no pages to draw.
				try {
					editionBuild.printed = { origin: to.origin, base: `${to.base}${editionPath(syncedModel(root).meta.version)}` };
				} catch {
					editionBuild.printed = undefined;
				}
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!building) return;
				const dist = fileURLToPath(dir);
				const model = syncedModel(root);
				const meta = model.meta;
				const version = meta.version;
				const built = filesUnder(dist).filter((p) => !p.startsWith('editions/'));
				const buffers = new Map(built.map((p) => [p, readFileSync(join(dist, p))]));
				// What readers read in this edition, and what changed since the previous one (the changes page is part of
				// the edition, frozen with it).
				const text: EditionText = { version, sections: model.sections.map((s) => ({ id: s.id, title: s.title, blocks: sectionPageText(buffers.get(`${s.id}/index.html`)?.toString('utf8') ?? '') })) };
				const previous = meta.editions.at(-1)?.version;
				const previousText = previous && new URL(`${archiveFolder}${previous}/text.json`, root);
				if (previousText && buffers.has('changes/index.html')) {
					if (!existsSync(previousText)) logger.warn(`${archiveFolder}${previous}/text.json is missing: the changes page cannot say what changed since edition ${previous}`);
					else {
						const before = JSON.parse(readFileSync(previousText, 'utf8')) as EditionText;
						const changes = editionChanges(before, text.sections.map((s) => ({ ...s, aliases: model.section(s.id).aliases })));
						const html = changesHtml(changes, { section: (id) => `${tokenBase}${id}/`, before: (id) => `${tokenRoot}${editionPath(previous)}${id}/`, previous });
						buffers.set('changes/index.html', Buffer.from(buffers.get('changes/index.html')!.toString('utf8').replace('<div class="edition-changes" data-edition-changes></div>', () => `<div class="edition-changes">${html}</div>`)));
					}
				}
				const archives = archivedEditions(root);
				const newer = archives.filter((v) => compareVersions(v, version) > 0);
				if (newer.length) throw new Error(`${archiveFolder}${newer[0]}/ is newer than the report's version ${version} (content/report.yaml): an edition is published with \`npm run edition -- <version>\`, never by hand`);
				const freeze = env.REPORT_FREEZE_EDITION;
				if (freeze !== undefined) {
					if (freeze !== version) throw new Error(`REPORT_FREEZE_EDITION is ${freeze}, but the report's version is ${version}`);
					if (archives.includes(version)) throw new Error(`edition ${version} is already frozen in ${archiveFolder}${version}/`);
					const out = fileURLToPath(new URL(`${archiveFolder}${version}/site/`, root));
					for (const [path, data] of buffers) if (!isSiteFile(path)) write(join(out, path), data);
					write(fileURLToPath(new URL(`${archiveFolder}${version}/text.json`, root)), `${JSON.stringify(text, null, '\t')}\n`);
					// The pictures (PNG and SVG figures) are the one part drawn with real addresses, not tokens: their credit
					// names the edition's address as it was published (src/site/current.ts).
					write(fileURLToPath(new URL(`${archiveFolder}${version}/pictures.json`, root)), `${JSON.stringify({ drawnFor: to }, null, '\t')}\n`);
					archives.push(version);
					logger.info(`edition ${version} frozen in ${archiveFolder}${version}/`);
				}
				const frozenText = new URL(`${archiveFolder}${version}/text.json`, root);
				if (freeze === undefined && archives.includes(version) && existsSync(frozenText) && readFileSync(frozenText, 'utf8') !== `${JSON.stringify(text, null, '\t')}\n`) {
					logger.warn(`the text differs from edition ${version} as frozen in ${archiveFolder}${version}/: the unversioned pages show words that edition ${version}'s citations do not. Publish the change as a new edition: npm run edition -- <version>`);
				}
				// The unversioned site: the latest edition at the addresses that always show the latest.
				for (const [path, data] of buffers) {
					if (path.endsWith('.html')) write(join(dist, path), detokenizePage(data.toString('utf8'), version, to, latestKind(path)));
					else if (isText(path)) write(join(dist, path), detokenize(data.toString('utf8'), version, to, latestKind(path)));
				}
				rmSync(join(dist, 'editions'), { recursive: true, force: true });
				// The current edition's own folder: as frozen, once it is (a later change of code or content cannot alter it).
				const archived = (v: string) => {
					const folder = fileURLToPath(new URL(`${archiveFolder}${v}/site/`, root));
					return filesUnder(folder).map((path) => ({ path, read: () => readFileSync(join(folder, path)) }));
				};
				writePinned(archives.includes(version) ? archived(version) : [...buffers].map(([path, data]) => ({ path, read: () => data })), dist, version, to);
				const elsewhere = archives.filter((v) => {
					const drawn = new URL(`${archiveFolder}${v}/pictures.json`, root);
					if (!existsSync(drawn)) return false;
					const { drawnFor } = JSON.parse(readFileSync(drawn, 'utf8')) as { drawnFor: Deployment };
					return drawnFor.origin !== to.origin || drawnFor.base !== to.base;
				});
				if (elsewhere.length) logger.warn(`the figure pictures of edition(s) ${elsewhere.join(', ')} were frozen for another SITE_URL or BASE_PATH: their credit line names that address (${archiveFolder}<version>/pictures.json); the pages and downloads follow this build's`);
				const published = scanSite(dist);
				const latest = { version, date: meta.dates.modified };
				for (const old of archives.filter((v) => v !== version)) {
					writePinned(archived(old), dist, old, to, (path, html) => {
						const page = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : undefined;
						if (page === undefined) return html;
						return withNewerEditionNotice(html, { version: old, latest, base: to.base, changes: `${to.base}changes/`, target: latestPage(dist, published, page) });
					});
				}
				logger.info(`editions: ${[...archives.filter((v) => v !== version), version].join(', ')} (latest ${version}${archives.includes(version) ? ', frozen' : ', not yet frozen'}) under ${to.base}${archiveFolder}`);
			},
		},
	};
}
