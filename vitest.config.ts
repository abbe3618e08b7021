/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	// Collection data lives in .astro/ after `astro sync`; without this, getCollection() returns [].
	cacheDir: './.astro',
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
		environment: 'node',
		// Compiling a CSL style and building the report model take seconds on a shared, loaded machine.
		testTimeout: 30_000,
	},
});
