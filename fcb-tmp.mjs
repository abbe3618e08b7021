import { resolve } from 'node:path';
import { runnerImport } from 'vite';
const root = process.cwd();
const load = async (path) => (await runnerImport(resolve(root, path), { configFile: false, logLevel: 'silent', root })).module;
const c = await load('src/citation/index.ts');
const { reportModel } = await load('src/model/index.ts');
const model = await reportModel(`file://${root}/`);
const n = Number(process.argv[2] ?? 100);
const items = [c.reportItem(model.meta, 'https://x.org/'), ...Array.from({ length: n }, (_, i) => c.sectionItem(model.meta, { id: 's' + i, title: 'Section title number ' + i }, `https://x.org/s${i}/`))];
const t = performance.now(); const cu = process.cpuUsage();
const out = c.formatCitations(items);
console.log(n, "items", (performance.now() - t).toFixed(0), "ms wall", (process.cpuUsage(cu).user/1000).toFixed(0), "ms cpu", JSON.stringify(out.slice(0, 3).map((o) => o.styles.map((s) => s.text))).length, require_hash(out));
function require_hash(o) { let h = 0; const s = JSON.stringify(o); for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; }
