import { z } from 'zod';
import type { DateRange } from '$lib/server/core/statistics';

const TIME_ZONE = 'Europe/Berlin';
const MAX_YEARS = 10;

/** Today's date in the town's time zone, YYYY-MM-DD. */
export const berlinToday = (now = new Date()): string => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'error.date' })
	.refine((d) => !Number.isNaN(Date.parse(d)), { error: 'error.date' });

/**
 * The period asked for as `von` and `bis` (both days included), as the office's figures take it;
 * without them the calendar year so far. Empty fields count as not given.
 */
export const ZPeriod = z.object({ von: z.union([z.literal(''), day]).optional(), bis: z.union([z.literal(''), day]).optional() }).transform(({ von, bis }, context): DateRange => {
	const today = berlinToday();
	const range = { from: von || `${today.slice(0, 4)}-01-01`, to: bis || today };
	if (range.from > range.to) context.addIssue({ code: 'custom', path: ['bis'], message: 'figures.error_order' });
	// A month per row: a longer period would be a table nobody reads.
	else if (Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4)) > MAX_YEARS) context.addIssue({ code: 'custom', path: ['von'], message: 'engagement.stats.error_range' });
	return range;
});

/** The months a range touches, "YYYY-MM", first to last. */
export function monthsOf({ from, to }: DateRange): string[] {
	const months: string[] = [];
	let [year, month] = from.slice(0, 7).split('-').map(Number);
	const last = to.slice(0, 7);
	for (;;) {
		const current = `${year}-${String(month).padStart(2, '0')}`;
		months.push(current);
		if (current >= last) return months;
		month++;
		if (month > 12) [year, month] = [year + 1, 1];
	}
}
