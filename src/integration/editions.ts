import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { pruneUnused } from '../cache/disk';
import { defaultSiteUrl } from '../site/location';
import { editionBuild } from '../site/current';
import { changesHtml, editionChanges } from '../site/edition-changes';
import { archiveFolder, archivePath, compareVersions, isVersion, detokenize, detokenizePage, editionPath, isText, latestKind, sectionPageText, siteFiles, tokenBase, tokenOrigin, tokenRoot, withNewerEditionNotice, type Deployment, type EditionText, type LatestPage } from '../site/editions';
import { filesUnder, scanSite } from '../site/permalinks';
import { figurePng } from '../site/pictures';
import { guarded, refuse, syncedModel } from './report-guard';

const write = (path: string, data: string | Uint8Array) => {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, data);
};

/** The versions frozen in the repository, oldest first. */
export function archivedEditions(root: string): string[] {
	const dir = fileURLToPath(new URL(archiveFolder, root));
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((v) => isVersion(v) && existsSync(join(dir, v, 'site')))
		.sort(compareVersions);
}

/** Whether a file of the tokenized build belongs to the deployment rather than to an edition. */
const isSiteFile = (path: string) => siteFiles.some((f) => path === f || path.startsWith(`${f}/`));

/** A figure's PNG: kept out of a frozen edition, which draws it again from its SVG for the addresses of each build. */
const isFigurePng = (path: string) => /^figures\/[^/]+\.png$/.test(path);

/**
 * Copies one edition's tokenized files into `dist/editions/<version>/`, tokens replaced; `page` may rewrite pages. A
 * frozen edition has no figure PNGs (a PNG holds no text to replace): each is drawn from its SVG as written here,
 * which the disk cache keeps, so a warm build draws none.
 */
async function writePinned(files: Array<{ path: string; read: () => Buffer }>, dist: string, version: string, to: Deployment, page: (path: string, html: string) => string = (_p, h) => h) {
	const out = join(dist, editionPath(version));
	const pngs = new Set(files.filter((f) => isFigurePng(f.path)).map((f) => f.path));
	const drawn: Array<Promise<void>> = [];
	for (const f of files) {
		if (isSiteFile(f.path)) continue;
		const target = join(out, f.path);
		if (f.path.endsWith('.html')) write(target, page(f.path, detokenizePage(f.read().toString('utf8'), version, to, 'pinned')));
		else if (isText(f.path)) {
			const text = detokenize(f.read().toString('utf8'), version, to, 'pinned');
			write(target, text);
			const png = f.path.replace(/\.svg$/, '.png');
			if (png !== f.path && isFigurePng(png) && !pngs.has(png)) drawn.push(figurePng(text).then((bytes) => write(join(out, png), bytes)));
		} else write(target, f.read());
	}
	await Promise.all(drawn);
}

/**
 * What is wrong with the editions content/report.yaml lists (`listed`, oldest first) beside the current `version` and
 * the editions frozen in the repository; undefined when they agree: each listed edition is frozen and older than the
 * next, and nothing newer than the current version is frozen.
 */
export function editionsProblem(listed: string[], version: string, archived: string[]): string | undefined {
	const all = [...listed, version];
	const order = all.findIndex((v, i) => i > 0 && compareVersions(all[i - 1]!, v) >= 0);
	if (order > 0) return `content/report.yaml lists edition ${all[order - 1]} before ${all[order]}: the editions must go from oldest to newest, the current version last`;
	const lost = listed.find((v) => !archived.includes(v));
	if (lost) return `content/report.yaml lists edition ${lost}, but ${archivePath(lost)} is missing: that edition's pages would not be served`;
	const stray = archived.find((v) => !all.includes(v));
	if (stray) return `${archivePath(stray)} is an edition content/report.yaml does not list`;
	return undefined;
}

/** A JSON file of the project, or undefined when there is none. */
function readJson<T>(root: string, path: string): T | undefined {
	const url = new URL(path, root);
	return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as T) : undefined;
}

/**
 * The changes page with what changed since the previous edition written in, from the text of this build's section
 * pages and the previous edition's as frozen (its `text.json`); as it was when there is no previous edition.
 */
function withChanges(root: string, page: string, text: EditionText, model: ReturnType<typeof syncedModel>, logger: { warn(message: string): void }): string {
	const previous = model.meta.editions.at(-1)?.version;
	if (!previous) return page;
	const before = readJson<EditionText>(root, archivePath(previous, 'text.json'));
	if (!before) {
		logger.warn(`${archivePath(previous, 'text.json')} is missing: the changes page cannot say what changed since edition ${previous}`);
		return page;
	}
	const changes = editionChanges(before, text.sections.map((s) => ({ ...s, aliases: model.section(s.id).aliases })));
	const html = changesHtml(changes, { section: (id) => `${tokenBase}${id}/`, before: (id) => `${tokenRoot}${editionPath(previous)}${id}/`, previous });
	return page.replace('<div class="edition-changes" data-edition-changes></div>', () => `<div class="edition-changes">${html}</div>`);
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
 * `content/editions/` is copied to its folder. A page of an older edition is told, and tells its reader, that a newer one
 * exists. With `REPORT_FREEZE_EDITION` set to the current version (`npm run edition`), the tokenized output is also
 * frozen into `content/editions/<version>/`.
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
					const version = syncedModel(root).meta.version;
					editionBuild.forPicture = (svg) => detokenize(svg, version, to, 'pinned');
				} catch {
					editionBuild.forPicture = undefined;
				}
			},
			'astro:build:done': ({ dir, logger }) => (building ? guarded('Writing the editions', 'build', logger, () => writeEditions(dir, logger)) : undefined),
		},
	};

	async function writeEditions(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
		const dist = fileURLToPath(dir);
		const model = syncedModel(root);
		const meta = model.meta;
		const version = meta.version;
		const built = filesUnder(dist).filter((p) => !p.startsWith('editions/'));
		const buffers = new Map(built.map((p) => [p, readFileSync(join(dist, p))]));
		// What readers read in this edition, and what changed since the previous one (the changes page is part of
		// the edition, frozen with it).
		const text: EditionText = { version, sections: model.sections.map((s) => ({ id: s.id, title: s.title, blocks: sectionPageText(buffers.get(`${s.id}/index.html`)?.toString('utf8') ?? '') })) };
		const changes = buffers.get('changes/index.html');
		if (changes) buffers.set('changes/index.html', Buffer.from(withChanges(root, changes.toString('utf8'), text, model, logger)));
		const archives = archivedEditions(root);
		const problem = editionsProblem(meta.editions.map((e) => e.version), version, archives);
		if (problem) refuse([`${problem}: an edition is published with \`npm run edition -- <version>\`, which keeps content/report.yaml and ${archiveFolder} in step`], 'build', logger);
		const freeze = env.REPORT_FREEZE_EDITION;
		// The edition's text as text.json keeps it: written when the edition is frozen, compared on every later build.
		const frozenForm = `${JSON.stringify(text, null, '\t')}\n`;
		if (freeze !== undefined) {
			if (freeze !== version) refuse([`REPORT_FREEZE_EDITION is ${freeze}, but the report's version is ${version}`], 'build', logger);
			if (archives.includes(version)) refuse([`edition ${version} is already frozen in ${archivePath(version)}`], 'build', logger);
			const out = fileURLToPath(new URL(archivePath(version, 'site/'), root));
			for (const [path, data] of buffers) if (!isSiteFile(path) && !isFigurePng(path)) write(join(out, path), data);
			write(fileURLToPath(new URL(archivePath(version, 'text.json'), root)), frozenForm);
			archives.push(version);
			logger.info(`edition ${version} frozen in ${archivePath(version)}`);
		}
		const frozenText = new URL(archivePath(version, 'text.json'), root);
		if (freeze === undefined && archives.includes(version) && existsSync(frozenText) && readFileSync(frozenText, 'utf8') !== frozenForm) {
			logger.warn(`the text differs from edition ${version} as frozen in ${archivePath(version)}: the unversioned pages show words that edition ${version}'s citations do not. Publish the change as a new edition: npm run edition -- <version>`);
		}
		// The unversioned site: the latest edition at the addresses that always show the latest.
		for (const [path, data] of buffers) {
			if (path.endsWith('.html')) write(join(dist, path), detokenizePage(data.toString('utf8'), version, to, latestKind(path)));
			else if (isText(path)) write(join(dist, path), detokenize(data.toString('utf8'), version, to, latestKind(path)));
		}
		rmSync(join(dist, 'editions'), { recursive: true, force: true });
		// The current edition's own folder: as frozen, once it is (a later change of code or content cannot alter it).
		const archived = (v: string) => {
			const folder = fileURLToPath(new URL(archivePath(v, 'site/'), root));
			return filesUnder(folder).map((path) => ({ path, read: () => readFileSync(join(folder, path)) }));
		};
		if (archives.includes(version)) await writePinned(archived(version), dist, version, to);
		else await writePinned([...buffers].map(([path, data]) => ({ path, read: () => data })), dist, version, to);
		const published = scanSite(dist);
		const latest = { version, date: meta.dates.published };
		const started = performance.now();
		// Each page of the latest edition read once, however many older editions link to it.
		const targets = new Map<string, LatestPage | undefined>();
		const target = (page: string) => (targets.has(page) ? targets.get(page) : targets.set(page, latestPage(dist, published, page)).get(page));
		for (const old of archives.filter((v) => v !== version)) {
			await writePinned(archived(old), dist, old, to, (path, html) => {
				const page = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : undefined;
				// A redirect page left for a renamed section only sends readers on (and is already unindexed).
				if (page === undefined || !html.includes('<main id="main"')) return html;
				return withNewerEditionNotice(html, { version: old, latest, base: to.base, changes: `${to.base}changes/`, target: target(page) });
			});
		}
		// The cache keeps what this build used, the kept editions' pictures among them: the work of the next build,
		// not of every version drawn.
		pruneUnused();
		logger.info(`editions: ${[...archives.filter((v) => v !== version), version].join(', ')} (latest ${version}${archives.includes(version) ? ', frozen' : ', not yet frozen'}) under ${to.base}editions/; the older editions written in ${Math.round(performance.now() - started)} ms`);
	}
}
