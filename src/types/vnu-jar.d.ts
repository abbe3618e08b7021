// vnu-jar exports the path of the Nu HTML Checker's jar (as a String object) and ships no types.
declare module 'vnu-jar' {
	const jar: string;
	export default jar;
}
