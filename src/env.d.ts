declare namespace App {
	interface Locals {
		/** Levels to add to content headings: 1 on the whole-report page, where section titles are h2. */
		headingShift?: number;
	}
}
