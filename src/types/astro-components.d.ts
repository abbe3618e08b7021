// Lets plain `tsc` (npm run check) type the .astro imports of the component tests; Astro's own
// tooling types .astro files itself.
declare module '*.astro' {
	const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default Component;
}
