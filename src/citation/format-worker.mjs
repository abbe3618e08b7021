// formatCitations (format.ts) in a worker thread. Formatting every citable work in four styles is the
// build's largest single job (citeproc compiles each style, then renders an entry per work and style);
// here it runs on a second core while the build renders the pages that need no citation.
//
// This file is not bundled: Node runs it and the TypeScript modules it imports as they are (Node strips
// the types). The hook below resolves the extensionless imports of those modules ('./engine') to '.ts'.
import { registerHooks } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) return nextResolve(`${specifier}.ts`, context);
		return nextResolve(specifier, context);
	},
});

const { formatCitations } = await import('./format.ts');
parentPort.postMessage(formatCitations(workerData));
