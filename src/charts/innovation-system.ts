import type { Zhongguancun } from '../schemas/zhongguancun';
import { formatQuantity } from '../format/number';
import { type ChartModel, type PathMark, type RectMark, type TextMark, chartSizes, narrow, r, wrapPx } from './marks';
import { zhongguancunData } from '../schemas/zhongguancun';
import { defineChart } from './figure';

const lineHeight = 17;
const pad = 12;
const gap = 12;

/** What the policies act on, in the draft's words, in the order the boxes stand. */
export const recipients = [
	{ id: 'professionals', title: 'Professional technicians and managers', lines: ['including new graduates from universities and research institutes'] },
	{ id: 'firms', title: 'Firms', lines: [] as string[] },
] as const;

interface Line {
	text: string;
	kind: TextMark['kind'];
}

const lines = (text: string, px: number, kind: TextMark['kind']): Line[] => wrapPx(text, px, kind).map((t) => ({ text: t, kind }));

/**
 * The draft's lost Figure 1, "the industrial innovation of ZSP", drawn only from what the text states:
 * each of the four policies with who gives it (`attribution`: the Beijing Municipal People's Government
 * for fund support, the Park's 2002 regulations for the others) and its figures, an arrow to what it acts
 * on (`actsOn`: firms, or professional technicians and managers), and the partnership between the
 * Park's firms and its universities and research institutes, with their counts. Nothing else is drawn.
 */
export function layoutInnovationSystem(data: Zhongguancun, { width = chartSizes.wide }: { width?: number } = {}): ChartModel {
	const rects: RectMark[] = [];
	const texts: TextMark[] = [];
	const paths: PathMark[] = [];
	const box = (x: number, y: number, w: number, h: number, content: Line[], tone: number, label: string) => {
		rects.push({ kind: 'box', x: r(x), y: r(y), w: r(w), h: r(h), tone, label });
		content.forEach((l, i) => texts.push({ x: r(x + pad), y: r(y + pad + 14 + i * lineHeight), text: l.text, anchor: 'start', kind: l.kind }));
	};
	const height = (content: Line[]) => pad * 2 + 4 + content.length * lineHeight;

	// Two columns: the policies on the left, what they act on on the right. Too narrow for two, each
	// group of policies stands above what it acts on, an arrow between them.
	const stacked = narrow(width);
	const rightW = stacked ? width : Math.round(width * 0.3);
	const arrowGap = 28;
	const leftW = stacked ? width : width - rightW - arrowGap;
	const leftPx = leftW - 2 * pad;
	const rightPx = rightW - 2 * pad;
	const rightX = stacked ? 0 : leftW + arrowGap;

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
				...lines(lever.name, leftPx, 'strong'),
				...lines(lever.attribution, leftPx, 'note'),
				...lever.figures.flatMap((f) => lines(`${formatQuantity(f)} ${f.label}`, leftPx, 'label')),
			];
			const h = height(content);
			box(0, y, leftW, h, content, 0, lever.name);
			mids.push(y + h / 2);
			y += h + (stacked ? 6 : gap);
		}
		const content = [
			...lines(recipient.title, rightPx, 'strong'),
			...recipient.lines.flatMap((l) => lines(l, rightPx, 'label')),
			...(recipient.id === 'firms' ? firms.flatMap((f) => lines(`${formatQuantity(f)} ${f.label} in the ZSP`, rightPx, 'label')) : []),
		];
		if (stacked) {
			// One arrow from the group's policies down to what they act on.
			const from = y - 6;
			const to = from + 34;
			paths.push({ d: `M${r(width / 2)},${r(from + 2)}V${r(to - 3)}`, kind: 'arrow' });
			texts.push({ x: r(width / 2 + 10), y: r(from + 21), text: group.length > 1 ? 'act on' : 'acts on', anchor: 'start', kind: 'note' });
			box(0, to, width, height(content), content, recipient.id === 'firms' ? 4 : 2, recipient.title);
			y = to + height(content) + gap + 8;
		} else {
			const bottom = y - gap;
			box(rightX, top, rightW, Math.max(bottom - top, height(content)), content, recipient.id === 'firms' ? 4 : 2, recipient.title);
			for (const mid of mids) paths.push({ d: `M${r(leftW + 2)},${r(mid)}H${r(rightX - 3)}`, kind: 'arrow' });
			y = Math.max(y, top + height(content) + gap);
		}
	}

	// The partnership: firms with universities and research institutes (the draft's second finding).
	const firmsBox = rects.find((b) => b.label === 'Firms');
	const partnerTop = y + 34;
	const content = [
		...lines('Universities and research institutes', width - 2 * pad, 'strong'),
		...research.flatMap((f) => lines(`${formatQuantity(f)} ${f.label}`, width - 2 * pad, 'label')),
	];
	const h = height(content);
	box(0, partnerTop, width, h, content, 2, 'Universities and research institutes');
	if (firmsBox) {
		const x = firmsBox.x + firmsBox.w / 2;
		paths.push({ d: `M${r(x - 8)},${r(firmsBox.y + firmsBox.h + 3)}V${r(partnerTop - 3)}`, kind: 'arrow' }, { d: `M${r(x + 8)},${r(partnerTop - 3)}V${r(firmsBox.y + firmsBox.h + 3)}`, kind: 'arrow' });
		texts.push({ x: r(x - 16), y: r(firmsBox.y + firmsBox.h + 24), text: 'partnership', anchor: 'end', kind: 'note' });
	}
	const tableNote = `Table 1: ${data.links.length} enterprises invested in by research institutes/universities`;
	const noteLines = wrapPx(tableNote, width, 'note');
	const noteY = partnerTop + h + 18;
	noteLines.forEach((text, i) => texts.push({ x: 0, y: r(noteY + i * lineHeight), text, anchor: 'start', kind: 'note' }));
	return { width, height: r(noteY + (noteLines.length - 1) * lineHeight + 6), rects, lines: [], paths, texts };
}

/** The editors' reconstruction of the draft's lost Figure 1: the park's innovation system. */
export const innovationSystemChart = defineChart({
	id: 'innovation-system',
	data: zhongguancunData,
	layout: (z, width) => layoutInnovationSystem(z, { width }),
	source: (z) => z.source,
	table: (z) => ({
		columns: [
			{ key: 'part', label: 'Part of the system' },
			{ key: 'item', label: 'Item' },
			{ key: 'value', label: 'Value', numeric: true },
			{ key: 'unit', label: 'Unit' },
		],
		rows: [
			...z.levers.flatMap((l) => l.figures.map((f) => ({ part: `${l.name} (${l.attribution})`, item: f.label, value: f.value, unit: f.unit }))),
			...z.ecosystem.map((f) => ({ part: f.side === 'research' ? 'Universities and research institutes' : 'Firms', item: f.label, value: f.value, unit: f.unit })),
			{ part: 'Partnership', item: 'enterprises invested in by research institutes/universities (Table 1)', value: z.links.length, unit: 'count' },
		],
	}),
});
