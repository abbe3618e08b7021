/**
 * Citations of the report: formatting by citeproc with the vendored official CSL styles, the download files,
 * and the metadata reference managers read. Pure TypeScript: no Astro, no `src/lib`.
 */
export { citationStyles, type StyleId } from './styles';
export { citationKey, cslName, reportItem, reportTitle, sectionItem, type CslItem } from './items';
export { citationExports, formatCitation, formatCitations, type CitationExports, type FormattedCitation } from './format';
export { createProcessor, type CitedItem, type Cluster, type RenderedCluster, type CitationProcessor } from './processor';
export { metaTags, jsonLd, authorWarning, type MetaTag, type PageRecord } from './metadata';
