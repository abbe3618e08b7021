import type { Torch } from '../schemas/torch';
import { formatQuantity } from '../format/number';
import { layoutPanels } from './paired-bars';
import type { ChartModel } from './marks';

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
