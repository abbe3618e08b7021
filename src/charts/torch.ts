import type { Torch } from '../schemas/torch';
import { formatQuantity } from '../format/number';
import { layoutPanels } from './paired-bars';
import type { ChartModel } from './marks';
import { torchData } from '../schemas/torch';
import { defineChart } from './figure';

/**
 * The Torch Program: projects funded against those still ongoing; domestic against international
 * patents. All four are counts, drawn on one scale so their lengths compare.
 */
export function layoutTorch(data: Torch, options: { width?: number } = {}): ChartModel {
	return layoutPanels(
		[
			{
				title: `Projects since ${data.launched.value}`,
				bars: [
					{ id: 'funded', label: 'Funded', value: data.projectsFunded.value, display: formatQuantity(data.projectsFunded) },
					{ id: 'ongoing', label: 'Ongoing', value: data.ongoingProjects.value, display: formatQuantity(data.ongoingProjects) },
				],
			},
			{
				title: `Patents won in ${data.patents.year}`,
				bars: [
					{ id: 'domestic', label: 'Domestic', value: data.patents.domestic.value, display: formatQuantity(data.patents.domestic) },
					{ id: 'international', label: 'International', value: data.patents.international.value, display: formatQuantity(data.patents.international) },
				],
			},
		],
		options,
	);
}

/** The Torch Program's projects and patents. */
export const torchChart = defineChart({
	id: 'torch',
	data: torchData,
	layout: (torch, width) => layoutTorch(torch, { width }),
	source: (torch) => torch.source,
	furtherInformation: (torch) => torch.furtherInformation,
	table: (torch) => ({
		columns: [
			{ key: 'measure', label: 'Measure' },
			{ key: 'value', label: 'Value', numeric: true },
			{ key: 'unit', label: 'Unit' },
		],
		rows: [
			{ measure: `Projects funded since ${torch.launched.value}`, value: torch.projectsFunded.value, unit: 'projects' },
			{ measure: 'Ongoing projects', value: torch.ongoingProjects.value, unit: 'projects' },
			{ measure: 'Profit of the ongoing projects', value: torch.ongoingProfit.value, unit: 'billion yuan' },
			{ measure: `Domestic patents, ${torch.patents.year}`, value: torch.patents.domestic.value, unit: 'patents' },
			{ measure: `International patents, ${torch.patents.year}`, value: torch.patents.international.value, unit: 'patents' },
		],
	}),
});
