/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	// Collection data lives in .astro/ after `astro sync`; without this, getCollection() returns [].
	cacheDir: './.astro',
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
		environment: 'node',
		// Vitest keys its cache of transformed modules on each file's content, not on the remark plugin's code that
		// compiles a section: after a change to the plugin, a cached section would still be the old plugin's output.
		fsModuleCache: false,
		// Compiling a CSL style and building the report model take seconds on a shared, loaded machine.
		testTimeout: 30_000,
	},
});
