import type { Zhongguancun } from '../schemas/zhongguancun';
import { formatQuantity } from '../format/number';
import { type ChartModel, type PathMark, type RectMark, type TextMark, r, wrap } from './marks';

const lineHeight = 17;

/** Lines of a box: a bold title, then wrapped lines of text. */
function boxLines(title: string, items: string[], chars: number): Array<{ text: string; strong: boolean }> {
	return [...wrap(title, chars).map((text) => ({ text, strong: true })), ...items.flatMap((item) => wrap(item, chars).map((text) => ({ text, strong: false })))];
}

/**
 * Figure 1 of the draft, reconstructed from the text's data: the government's four levers act on
 * universities and institutes and on firms, which are joined by partnerships and spin-offs.
 */
export function layoutInnovationSystem(data: Zhongguancun, { width = 440 } = {}): ChartModel {
	const gap = 12;
	const pad = 10;
	const rects: RectMark[] = [];
	const texts: TextMark[] = [];
	const paths: PathMark[] = [];
	const place = (x: number, y: number, w: number, lines: Array<{ text: string; strong: boolean }>, tone: number, label: string) => {
		const h = pad * 2 + lines.length * lineHeight;
		rects.push({ kind: 'box', x: r(x), y: r(y), w: r(w), h: r(h), tone, label });
		lines.forEach((l, i) => texts.push({ x: r(x + pad), y: r(y + pad + 13 + i * lineHeight), text: l.text, anchor: 'start', kind: l.strong ? 'strong' : 'label' }));
		return h;
	};

	// Government and its levers, two per row.
	texts.push({ x: 0, y: 16, text: 'Beijing Municipal People’s Government', anchor: 'start', kind: 'title' });
	const leverW = (width - gap) / 2;
	const chars = Math.floor((leverW - 2 * pad) / 7);
	let y = 28;
	for (let i = 0; i < data.levers.length; i += 2) {
		const pair = data.levers.slice(i, i + 2).map((l) => boxLines(l.name, l.figures.map((f) => `${formatQuantity(f)} ${f.label}`), chars));
		const h = Math.max(...pair.map((lines) => pad * 2 + lines.length * lineHeight));
		pair.forEach((lines, j) => {
			place(j * (leverW + gap), y, leverW, lines, 0, data.levers[i + j].name);
			rects[rects.length - 1].h = r(h);
		});
		y += h + gap;
	}
	// Policies flow down to both sides.
	const arrowTop = y;
	y += 34;
	const sideW = (width - 3 * gap) / 2;
	const sideChars = Math.floor((sideW - 2 * pad) / 7);
	const research = data.ecosystem.filter((f) => f.side === 'research').map((f) => `${formatQuantity(f)} ${f.label}`);
	const industry = [...data.ecosystem.filter((f) => f.side === 'industry').map((f) => `${formatQuantity(f)} ${f.label}`), `${data.links.length} spin-off enterprises in Table 1`];
	const leftLines = boxLines('Universities and research institutes', research, sideChars);
	const rightLines = boxLines('Firms', industry, sideChars);
	const h = Math.max(leftLines.length, rightLines.length) * lineHeight + 2 * pad;
	place(0, y, sideW, leftLines, 2, 'Universities and research institutes');
	place(sideW + 3 * gap, y, sideW, rightLines, 4, 'Firms');
	rects.at(-2)!.h = r(h);
	rects.at(-1)!.h = r(h);
	paths.push(
		{ d: `M${r(sideW / 2)},${r(arrowTop)}V${r(y - 3)}`, kind: 'arrow' },
		{ d: `M${r(sideW * 1.5 + 3 * gap)},${r(arrowTop)}V${r(y - 3)}`, kind: 'arrow' },
	);
	texts.push({ x: r(width / 2), y: r(arrowTop + 21), text: 'funds, residence, land, tax', anchor: 'middle', kind: 'note' });
	// The partnership joins the two sides.
	const midY = y + h / 2;
	paths.push({ d: `M${r(sideW + 3)},${r(midY)}H${r(sideW + 3 * gap - 3)}`, kind: 'arrow' }, { d: `M${r(sideW + 3 * gap - 3)},${r(midY + 8)}H${r(sideW + 3)}`, kind: 'arrow' });
	y += h + 22;
	texts.push({ x: r(width / 2), y: r(y - 6), text: 'Partnership: research, investment and spin-offs', anchor: 'middle', kind: 'note' });
	return { width, height: r(y), rects, lines: [], paths, texts };
}
