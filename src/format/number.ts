import type { Quantity } from '../schemas/quantity';

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A number as the report writes it: 14,884; 19.7; 1988 (years are not grouped). */
export function formatNumber(value: number, unit: Quantity['unit']): string {
	return unit === 'year' ? String(value) : grouped.format(value);
}

/** A number with exactly `decimals` digits after the point, grouped: 39.90, 116.41. */
export function formatFixed(value: number, decimals: number): string {
	return new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A quantity with its unit: 19.7%, 14,884, 3.14 billion yuan, 1988, 3 years. */
export function formatQuantity({ value, unit }: Quantity): string {
	const n = formatNumber(value, unit);
	switch (unit) {
		case 'percent':
			return `${n}%`;
		case 'billion-yuan':
			return `${n} billion yuan`;
		case 'years':
			return `${n} ${value === 1 ? 'year' : 'years'}`;
		default:
			return n;
	}
}
