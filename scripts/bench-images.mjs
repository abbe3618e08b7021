#!/usr/bin/env node
// The build-time cost of the pictures: every figure's SVG and PNG and every page's share image drawn
// in one process from the report model, as the build draws them, timed apart from the rest of the build.
// Prints one JSON line: { figures, shareImages, modelMs, figureSvgMs, figurePngMs, shareMs, bytes… }.
//   node scripts/bench-images.mjs [project folder, default: this project]
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(process.argv[2] ?? '.');
process.chdir(root);
const load = async (path) => (await runnerImport(resolve(root, path), { configFile: false, logLevel: 'silent', root })).module;
const { reportModel } = await load('src/model/index.ts');
const { createUrls } = await load('src/site/urls.ts');
const files = await load('src/site/picture-files.ts');

const time = (fn) => {
	const started = performance.now();
	const value = fn();
	return [performance.now() - started, value];
};
const [modelMs, model] = time(() => reportModel(`file://${root}/`));
const urls = createUrls(process.env.BASE_PATH ?? '/', process.env.SITE_URL ?? 'http://localhost:4321');
const ids = model.figures.map((f) => f.id);
const [figureSvgMs, svgs] = time(() => ids.map((id) => files.figurePicture(model, urls, id, 'svg').body));
const [figurePngMs, pngs] = time(() => ids.map((id) => files.figurePicture(model, urls, id, 'png').body));
const pages = files.shareImageFiles(model);
const [shareMs, cards] = time(() => pages.map((p) => files.shareImagePng(model, p.page)));
const total = (xs) => xs.reduce((n, x) => n + x.length, 0);
console.log(JSON.stringify({ figures: ids.length, shareImages: pages.length, modelMs, figureSvgMs, figurePngMs, shareMs, svgBytes: total(svgs), pngBytes: total(pngs), shareBytes: total(cards), largestShare: Math.max(...cards.map((c) => c.length)) }));
