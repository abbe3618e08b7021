import { describe, expect, test } from 'vitest';
import { brokenPermalinks, extendLock, scanPage, unlockedPermalinks, type Published, type PublishedPage } from '../../src/site/permalinks';

const page = (...anchors: string[]): PublishedPage => ({ anchors });
const redirect = (to: string): PublishedPage => ({ anchors: [], redirectTo: to });

describe('scanPage', () => {
	test('reads the ids marked data-permalink, whatever the attribute order', () => {
		const html = '<h2 id="tax" data-permalink>Tax</h2><span data-permalink id="old-tax"></span><a id="cite-x-1">x</a>';
		expect(scanPage(html)).toEqual({ anchors: ['tax', 'old-tax'] });
	});
	test('reads the target of a redirect page', () => {
		expect(scanPage('<meta name="permalink-redirect" content="zhongguancun/">').redirectTo).toBe('zhongguancun/');
	});
});

describe('brokenPermalinks', () => {
	const lock = { pages: { 'zhongguancun/': ['fund-support', 'tax-policy'], 'zsp/': ['tax-policy'] } };
	test('is empty when every locked page and anchor is published', () => {
		const published: Published = new Map([['zhongguancun/', page('fund-support', 'tax-policy')], ['zsp/', redirect('zhongguancun/')]]);
		expect(brokenPermalinks(lock, published)).toEqual([]);
	});
	test('lists a removed heading id and a removed page', () => {
		const published: Published = new Map([['zhongguancun/', page('fund-support')]]);
		expect(brokenPermalinks(lock, published)).toEqual(['/zhongguancun/#tax-policy', '/zsp/']);
	});
	test('accepts a retired heading id kept as an alias anchor', () => {
		const published: Published = new Map([['zhongguancun/', page('fund-support', 'taxes', 'tax-policy')], ['zsp/', redirect('zhongguancun/')]]);
		expect(brokenPermalinks(lock, published)).toEqual([]);
	});
});

describe('extendLock', () => {
	test('adds new pages and anchors, keeps old ones, and sorts', () => {
		const published: Published = new Map([['b/', page('y', 'x')]]);
		expect(extendLock({ pages: { 'a/': ['old'] } }, published)).toEqual({ pages: { 'a/': ['old'], 'b/': ['x', 'y'] } });
		expect(unlockedPermalinks({ pages: { 'b/': ['x'] } }, published)).toEqual(['/b/#y']);
	});
});
