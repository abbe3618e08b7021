import type { Zhongguancun } from '../schemas/zhongguancun';
import { formatQuantity } from '../format/number';
import { type ChartModel, type PathMark, type RectMark, type TextMark, r, wrap } from './marks';

const lineHeight = 17;
const pad = 10;
const gap = 12;
/** Width of one character of the chart's label font, roughly, for wrapping without measuring. */
const charWidth = 7;

/** What the policies act on, in the draft's words, in the order the boxes stand. */
export const recipients = [
	{ id: 'professionals', title: 'Professional technicians and managers', lines: ['including new graduates from universities and research institutes'] },
	{ id: 'firms', title: 'Firms', lines: [] as string[] },
] as const;

interface Line {
	text: string;
	kind: TextMark['kind'];
}

const lines = (text: string, chars: number, kind: TextMark['kind']): Line[] => wrap(text, chars).map((t) => ({ text: t, kind }));

/**
 * The draft's lost Figure 1, "the industrial innovation of ZSP", drawn only from what the text states:
 * each of the four policies with who gives it (`attribution`: the Beijing Municipal People's Government
 * for fund support, the Park's 2002 regulations for the others) and its figures, an arrow to what it acts
 * on (`actsOn`: firms, or professional technicians and managers), and the partnership between the
 * Park's firms and its universities and research institutes, with their counts. Nothing else is drawn.
 */
export function layoutInnovationSystem(data: Zhongguancun, { width = 440 } = {}): ChartModel {
	const rects: RectMark[] = [];
	const texts: TextMark[] = [];
	const paths: PathMark[] = [];
	const box = (x: number, y: number, w: number, h: number, content: Line[], tone: number, label: string) => {
		rects.push({ kind: 'box', x: r(x), y: r(y), w: r(w), h: r(h), tone, label });
		content.forEach((l, i) => texts.push({ x: r(x + pad), y: r(y + pad + 13 + i * lineHeight), text: l.text, anchor: 'start', kind: l.kind }));
	};
	const height = (content: Line[]) => pad * 2 + content.length * lineHeight;

	// Two columns: the policies on the left, what they act on on the right.
	const rightW = Math.round(width * 0.3);
	const arrowGap = 24;
	const leftW = width - rightW - arrowGap;
	const leftChars = Math.floor((leftW - 2 * pad) / charWidth);
	const rightChars = Math.floor((rightW - 2 * pad) / charWidth);
	const rightX = leftW + arrowGap;

	let y = 0;
	const firms = data.ecosystem.filter((f) => f.side === 'industry');
	const research = data.ecosystem.filter((f) => f.side === 'research');
	for (const recipient of recipients) {
		const group = data.levers.filter((l) => l.actsOn === recipient.id);
		if (!group.length) continue;
		const top = y;
		const mids: number[] = [];
		for (const lever of group) {
			const content = [
				...lines(lever.name, leftChars, 'strong'),
				...lines(lever.attribution, leftChars, 'note'),
				...lever.figures.flatMap((f) => lines(`${formatQuantity(f)} ${f.label}`, leftChars, 'label')),
			];
			const h = height(content);
			box(0, y, leftW, h, content, 0, lever.name);
			mids.push(y + h / 2);
			y += h + gap;
		}
		const bottom = y - gap;
		const content = [
			...lines(recipient.title, rightChars, 'strong'),
			...recipient.lines.flatMap((l) => lines(l, rightChars, 'label')),
			...(recipient.id === 'firms' ? firms.flatMap((f) => lines(`${formatQuantity(f)} ${f.label} in the ZSP`, rightChars, 'label')) : []),
		];
		box(rightX, top, rightW, Math.max(bottom - top, height(content)), content, recipient.id === 'firms' ? 4 : 2, recipient.title);
		for (const mid of mids) paths.push({ d: `M${r(leftW + 2)},${r(mid)}H${r(rightX - 3)}`, kind: 'arrow' });
		y = Math.max(y, top + height(content) + gap);
	}

	// The partnership: firms with universities and research institutes (the draft's second finding).
	const firmsBox = rects.find((b) => b.label === 'Firms');
	const partnerTop = y + 34;
	const content = [
		...lines('Universities and research institutes', Math.floor((width - 2 * pad) / charWidth), 'strong'),
		...research.map((f) => ({ text: `${formatQuantity(f)} ${f.label}`, kind: 'label' as const })),
	];
	const h = height(content);
	box(0, partnerTop, width, h, content, 2, 'Universities and research institutes');
	if (firmsBox) {
		const x = firmsBox.x + firmsBox.w / 2;
		paths.push({ d: `M${r(x - 5)},${r(firmsBox.y + firmsBox.h + 3)}V${r(partnerTop - 3)}`, kind: 'arrow' }, { d: `M${r(x + 5)},${r(partnerTop - 3)}V${r(firmsBox.y + firmsBox.h + 3)}`, kind: 'arrow' });
		texts.push({ x: r(x - 12), y: r(firmsBox.y + firmsBox.h + 22), text: 'partnership', anchor: 'end', kind: 'note' });
	}
	const tableNote = `Table 1: ${data.links.length} enterprises invested in by research institutes/universities`;
	const noteLines = wrap(tableNote, Math.floor((width - 2 * pad) / charWidth));
	const noteY = partnerTop + h + 18;
	noteLines.forEach((text, i) => texts.push({ x: 0, y: r(noteY + i * lineHeight), text, anchor: 'start', kind: 'note' }));
	return { width, height: r(noteY + (noteLines.length - 1) * lineHeight + 6), rects, lines: [], paths, texts };
}
