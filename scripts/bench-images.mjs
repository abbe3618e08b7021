#!/usr/bin/env node
// The build-time cost of the pictures: every figure's SVG and PNG and every page's share image drawn
// in one process from the report model, as the build draws them, timed apart from the rest of the build.
// Prints one JSON line: { figures, shareImages, modelMs, fontsMs, figureSvgMs, figurePngMs, shareMs, bytes… }.
//   node scripts/bench-images.mjs [project folder, default: this project]
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(process.argv[2] ?? '.');
process.chdir(root);
const load = async (path) => (await runnerImport(resolve(root, path), { configFile: false, logLevel: 'silent', root })).module;
const { reportModel } = await load('src/model/index.ts');
const { createUrls } = await load('src/site/urls.ts');
const files = await load('src/site/picture-files.ts');
const pictures = await load('src/site/pictures.ts');

const time = async (fn) => {
	const started = performance.now();
	const value = await fn();
	return [performance.now() - started, value];
};
const [modelMs, model] = await time(() => reportModel(`file://${root}/`));
const urls = createUrls(process.env.BASE_PATH ?? '/', process.env.SITE_URL);
const ids = model.figures.map((f) => f.id);
// The cut fonts are made once and cached (node_modules/.cache): this is their cost on a first build, or a cache hit.
const [fontsMs] = await time(() => pictures.pictureFonts());
const [figureSvgMs, svgs] = await time(() => Promise.all(ids.map(async (id) => (await files.figurePicture(model, urls, id, 'svg')).body)));
const [figurePngMs, pngs] = await time(async () => {
	const out = [];
	for (const id of ids) out.push((await files.figurePicture(model, urls, id, 'png')).body);
	return out;
});
const pages = files.shareImageFiles(model);
const [shareMs, cards] = await time(async () => {
	const out = [];
	for (const p of pages) out.push(await files.shareImagePng(model, p.page));
	return out;
});
const total = (xs) => xs.reduce((n, x) => n + x.length, 0);
console.log(JSON.stringify({ figures: ids.length, shareImages: pages.length, modelMs, fontsMs, figureSvgMs, figurePngMs, shareMs, svgBytes: total(svgs), pngBytes: total(pngs), shareBytes: total(cards), largestShare: Math.max(...cards.map((c) => c.length)) }));
