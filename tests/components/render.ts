import { fileURLToPath } from 'node:url';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { reportTags } from '../../src/components/tags';
import type { ReportModel } from '../../src/model/report-model';
import { createUrls, type SiteUrls } from '../../src/site/urls';

/**
 * Renders what the site renders, through Astro's Container API: a section compiled by @astrojs/mdx with the
 * report's remark plugin (the project's astro.config, which Vitest runs under), drawn by the report's tags.
 */
let container: Promise<AstroContainer> | undefined;
export function reportContainer(): Promise<AstroContainer> {
	return (container ??= (async () => AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) }))());
}

/** The addresses the component tests draw with: the site under `/reports/x/`. */
export const testUrls: SiteUrls = createUrls('/reports/x/', 'https://example.org');

/** A section of the report at `root` as its page draws it (or, `headingShift: 1`, as the whole-report page does). */
export async function renderSection(root: string, model: ReportModel, id: string, { headingShift = 0 }: { headingShift?: 0 | 1 } = {}): Promise<string> {
	const section = model.section(id);
	const { default: Content } = (await import(/* @vite-ignore */ fileURLToPath(new URL(section.file, root)))) as { default: Parameters<AstroContainer['renderToString']>[0] };
	return (await reportContainer()).renderToString(Content, { props: { components: reportTags }, locals: { report: { model, urls: testUrls, headingShift } } });
}

/** Any component with its props, and the report context a page would give it. */
export async function renderComponent(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>, model?: ReportModel): Promise<string> {
	return (await reportContainer()).renderToString(component, { props, ...(model ? { locals: { report: { model, urls: testUrls, headingShift: 0 } } } : {}) });
}
