/** A text split before its last word (with the spaces after it): what an editors' note marker is joined to. */
export function lastWord(text: string): { lead: string; word: string } {
	const word = /\S*\s*$/.exec(text)![0];
	return { lead: text.slice(0, text.length - word.length), word };
}
