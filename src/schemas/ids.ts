import { z } from 'zod';

/** A permanent, readable identifier: lowercase words joined by hyphens (`fund-support`). */
export const permanentId = z
	.string()
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
		message: 'must be lowercase words joined by hyphens, such as "fund-support"',
	});

/** A citation key: lowercase letters and digits, first author or short name then year (`shao2007`). */
export const citationKey = z.string().regex(/^[a-z][a-z0-9]*$/, {
	message: 'must be lowercase letters and digits, such as "shao2007"',
});

/** An ISO calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });
