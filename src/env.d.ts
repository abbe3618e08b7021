declare namespace App {
	interface Locals {
		/** Set by a page before it renders a section: what the report's tags draw from (src/site/context.ts). */
		report?: import('./site/context').ReportContext;
	}
}
