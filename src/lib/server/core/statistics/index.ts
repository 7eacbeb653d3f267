import type { MessageKey } from '$lib/i18n';
import type { Db } from '$lib/server/db/client';
import type { Ctx } from '../context';
import { z } from 'zod';
import { mayInTenant } from '../authorize';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';

/** A closed date range, both days included (local dates, YYYY-MM-DD). */
export interface DateRange {
	from: string;
	to: string;
}

/**
 * A named counter a module offers for the office's figures and the yearly report: how many of
 * something happened or existed in a date range. `count` reads only the tenant's own rows.
 */
export interface Statistic {
	/** "<module>.<what>", stable: reports refer to it. */
	name: string;
	label: MessageKey;
	count(db: Db, tenantId: string, range: DateRange): Promise<number>;
}

const statistics: Statistic[] = [];

export function registerStatistics(moduleStatistics: Statistic[]): void {
	for (const statistic of moduleStatistics) {
		if (statistics.some((s) => s.name === statistic.name)) throw new Error(`statistic ${statistic.name} is declared twice`);
		statistics.push(statistic);
	}
}

export interface Figure {
	name: string;
	label: MessageKey;
	value: number;
}

const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'error.date' })
	.refine((d) => !Number.isNaN(Date.parse(d)), { error: 'error.date' });

/** The range asked for; without one, the current calendar year so far. */
const ZRange = z.object({ von: day.optional(), bis: day.optional() }).transform(({ von, bis }, context) => {
	const today = new Date().toISOString().slice(0, 10);
	const range = { from: von ?? `${today.slice(0, 4)}-01-01`, to: bis ?? today };
	if (range.from > range.to) context.addIssue({ code: 'custom', path: ['bis'], message: 'figures.error_order' });
	return range;
});

/** Every module's counters for the range, for the coordination office. Input: `von` and `bis` as YYYY-MM-DD. */
export async function computeStatistics(ctx: Ctx, input: unknown): Promise<Result<{ range: DateRange; figures: Figure[] }, 'forbidden' | 'invalid'>> {
	if (!mayInTenant(ctx, 'area.coordination')) return fail('forbidden');
	const parsed = ZRange.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const range = parsed.data;
	const figures: Figure[] = [];
	for (const statistic of statistics) {
		figures.push({ name: statistic.name, label: statistic.label, value: await statistic.count(ctx.db, ctx.tenant.id, range) });
	}
	return ok({ range, figures });
}
