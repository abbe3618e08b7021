// A build without SITE_URL publishes localhost addresses in every citation, canonical link and share image:
// it says so, once, with how to set it.
import { afterAll, describe, expect, test } from 'vitest';
import { siteUrlNotice } from '../../src/integration/site-url';
import { siteUrlWarning } from '../../src/site/location';
import { buildProject, projectCopy, removeCopies } from './fixture-copy';

afterAll(removeCopies);

/** The warnings the integration's build hook gives for an environment. */
function warningsFor(env: Record<string, string | undefined>): string[] {
	const warnings: string[] = [];
	const hook = siteUrlNotice(env).hooks['astro:build:start'] as (options: { logger: { warn(message: string): void } }) => void;
	hook({ logger: { warn: (message) => warnings.push(message) } });
	return warnings;
}

describe('a build without SITE_URL', () => {
	test('is told that its addresses point at the local preview, and how to set the public origin', () => {
		const warning = siteUrlWarning({})!;
		expect(warning).toContain('SITE_URL is not set');
		expect(warning).toContain('every citation, canonical link');
		expect(warning).toContain('http://localhost:4321/');
		expect(warning).toContain('SITE_URL=https://example.org npm run build');
		expect(warning).not.toContain('\n');
		expect(siteUrlWarning({ SITE_URL: '  ' })).toBe(warning);
	});
	test('is told once by the build hook; a build with SITE_URL is told nothing', () => {
		expect(warningsFor({})).toEqual([siteUrlWarning({})]);
		expect(warningsFor({ SITE_URL: 'https://clusters.example.org' })).toEqual([]);
	});
	test('prints the warning exactly once, and still builds', () => {
		const { status, output } = buildProject(projectCopy(), { SITE_URL: '' }, 120);
		expect(status).toBe(0);
		expect(output.split('SITE_URL is not set').length - 1).toBe(1);
	}, 150_000);
});
