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

/** Room between a group of policies and what they act on, for the arrows (wide layout). */
const arrowGap = 44;
/** Space between the lanes the compact layout's arrows run down. */
const lane = 9;

/**
 * The draft's lost Figure 1, "the industrial innovation of ZSP", drawn only from what the text states:
 * each of the four policies with who gives it (`attribution`: the Beijing Municipal People's Government
 * for fund support, the Park's 2002 regulations for the others) and its figures, an arrow from each
 * policy to what it acts on (`actsOn`: firms, or professional technicians and managers), and the
 * partnership between the Park's firms and its universities and research institutes, with their counts
 * and the enterprises of Table 1. Nothing else is drawn. Every box is as tall as what it holds, and every
 * policy has an arrow of its own: side by side, the arrows of a group meet its recipient at points spread
 * down its edge; stacked, each runs down a lane of its own beside the policies into the recipient's top.
 */
export function layoutInnovationSystem(data: Zhongguancun, { width = chartSizes.wide }: { width?: number } = {}): ChartModel {
	const rects: RectMark[] = [];
	const texts: TextMark[] = [];
	const paths: PathMark[] = [];
	// Boxes stand half a pixel inside the drawing, so that their one-pixel outline is never cut at its edge.
	const left = 0.5;
	const right = width - 0.5;
	const box = (x: number, y: number, w: number, h: number, content: Line[], tone: number, label: string) => {
		rects.push({ kind: 'box', x: r(x), y: r(y), w: r(w), h: r(h), tone, label });
		content.forEach((l, i) => texts.push({ x: r(x + pad), y: r(y + pad + 14 + i * lineHeight), text: l.text, anchor: 'start', kind: l.kind }));
		return { x, y, w, h };
	};
	const height = (content: Line[]) => pad * 2 + 4 + content.length * lineHeight;

	const stacked = narrow(width);
	const firms = data.ecosystem.filter((f) => f.side === 'industry');
	const research = data.ecosystem.filter((f) => f.side === 'research');
	const groups = recipients.map((recipient) => ({ recipient, levers: data.levers.filter((l) => l.actsOn === recipient.id) })).filter((g) => g.levers.length > 0);
	const leverLines = (lever: Zhongguancun['levers'][number], px: number) => [
		...lines(lever.name, px, 'strong'),
		...lines(lever.attribution, px, 'note'),
		...lever.figures.flatMap((f) => lines(`${formatQuantity(f)} ${f.label}`, px, 'label')),
	];
	const recipientLines = (recipient: (typeof recipients)[number], px: number) => [
		...lines(recipient.title, px, 'strong'),
		...recipient.lines.flatMap((l) => lines(l, px, 'label')),
		...(recipient.id === 'firms' ? firms.flatMap((f) => lines(`${formatQuantity(f)} ${f.label} in the ZSP`, px, 'label')) : []),
	];
	const tone = (id: string) => (id === 'firms' ? 4 : 2);

	let y = left;
	let firmsBox: { x: number; y: number; w: number; h: number } | undefined;
	if (stacked) {
		for (const { recipient, levers } of groups) {
			// The policies, narrowed by one lane for each arrow; the first policy's arrow takes the outermost lane,
			// so no arrow crosses another on its way down.
			const lanesWidth = levers.length * lane + 4;
			const leverW = right - left - lanesWidth;
			const mids: number[] = [];
			for (const lever of levers) {
				const content = leverLines(lever, leverW - 2 * pad);
				const b = box(left, y, leverW, height(content), content, 0, lever.name);
				mids.push(b.y + b.h / 2);
				y += b.h + 6;
			}
			const to = y + 28;
			levers.forEach((_, k) => {
				const x = right - 2 - (levers.length - 1 - k) * lane;
				paths.push({ d: `M${r(left + leverW + 1)},${r(mids[k]!)}H${r(x)}V${r(to - 3)}`, kind: 'arrow' });
			});
			texts.push({ x: r(right - lanesWidth - 4), y: r(to - 9), text: levers.length > 1 ? 'act on' : 'acts on', anchor: 'end', kind: 'note' });
			const content = recipientLines(recipient, right - left - 2 * pad);
			const b = box(left, to, right - left, height(content), content, tone(recipient.id), recipient.title);
			if (recipient.id === 'firms') firmsBox = b;
			y = to + b.h + gap;
		}
	} else {
		// Two columns: the policies on the left, what they act on on the right, each recipient box as tall as
		// its text and centred on its group of policies.
		const rightW = Math.round(width * 0.3);
		const leftW = right - left - rightW - arrowGap;
		const rightX = left + leftW + arrowGap;
		for (const { recipient, levers } of groups) {
			const top = y;
			const spans: Array<{ y0: number; y1: number }> = [];
			for (const lever of levers) {
				const content = leverLines(lever, leftW - 2 * pad);
				const b = box(left, y, leftW, height(content), content, 0, lever.name);
				spans.push({ y0: b.y, y1: b.y + b.h });
				y += b.h + gap;
			}
			const bottom = y - gap;
			const content = recipientLines(recipient, rightW - 2 * pad);
			const h = height(content);
			const boxY = Math.max(top, (top + bottom) / 2 - h / 2);
			const b = box(rightX, boxY, rightW, h, content, tone(recipient.id), recipient.title);
			if (recipient.id === 'firms') firmsBox = b;
			// Each arrow meets the box at its own height, spread over the box's edge: straight where that height
			// is level with its policy, else turning once in the gap between the columns.
			const turn = left + leftW + arrowGap / 2;
			spans.forEach((span, k) => {
				const at = spans.length === 1 ? b.y + b.h / 2 : b.y + (b.h * (k + 1)) / (spans.length + 1);
				const from = Math.min(Math.max(at, span.y0 + 10), span.y1 - 10);
				const startX = r(left + leftW + 2);
				paths.push({ d: from === at ? `M${startX},${r(at)}H${r(rightX - 3)}` : `M${startX},${r(from)}H${r(turn)}V${r(at)}H${r(rightX - 3)}`, kind: 'arrow' });
			});
			y = Math.max(y, b.y + b.h + gap);
		}
	}

	// The partnership between the firms and the universities and research institutes (the draft's second
	// finding), named beside its two arrows with the count of Table 1's enterprises that shows it.
	const partnership = `partnership: ${data.links.length} enterprises invested in by research institutes/universities (Table 1)`;
	// Side by side the arrows leave the firms' box at its middle; stacked, near the right edge, leaving the
	// width to their label.
	const arrowsX = stacked || !firmsBox ? right - 24 : firmsBox.x + firmsBox.w / 2;
	const labelRight = arrowsX - 16;
	const labelLines = wrapPx(partnership, labelRight - left - 4, 'note');
	const from = firmsBox ? firmsBox.y + firmsBox.h : y - gap;
	// The label stands below everything above it (the last policy may reach lower than the firms' box).
	const clear = y - gap;
	const labelTop = clear + 20;
	const partnerTop = Math.max(from + 34, labelTop + (labelLines.length - 1) * 15 + 14);
	const content = [
		...lines('Universities and research institutes', right - left - 2 * pad, 'strong'),
		...research.flatMap((f) => lines(`${formatQuantity(f)} ${f.label}`, right - left - 2 * pad, 'label')),
	];
	const uni = box(left, partnerTop, right - left, height(content), content, 2, 'Universities and research institutes');
	paths.push({ d: `M${r(arrowsX - 6)},${r(from + 3)}V${r(partnerTop - 3)}`, kind: 'arrow' }, { d: `M${r(arrowsX + 6)},${r(partnerTop - 3)}V${r(from + 3)}`, kind: 'arrow' });
	labelLines.forEach((text, i) => texts.push({ x: r(labelRight), y: r(labelTop + i * 15), text, anchor: 'end', kind: 'note' }));
	return { width, height: r(uni.y + uni.h + 0.5), rects, lines: [], paths, texts };
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
