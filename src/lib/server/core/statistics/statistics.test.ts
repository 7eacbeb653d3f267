import { describe, expect, it } from 'vitest';
import type { Ctx } from '../context';
import type { Actor } from '../permissions';
import { computeStatistics, registerStatistics, type DateRange } from '.';

const tenant = { id: 'tenant-a' } as Ctx['tenant'];
const ctxOf = (roles: Actor['roles'], accountId: string | null = 'someone'): Ctx => ({
	db: undefined as never,
	tenant,
	actor: { tenantId: tenant.id, accountId, roles, memberships: [] },
	locale: 'de',
	baseUrl: ''
});

const asked: { tenantId: string; range: DateRange }[] = [];
registerStatistics([
	{
		name: 'example.days',
		label: 'stats.accounts.registered',
		async count(_db, tenantId, range) {
			asked.push({ tenantId, range });
			return (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1;
		}
	}
]);

describe('statistics of the modules', () => {
	it('are counted for the range asked, in the own tenant only', async () => {
		const result = await computeStatistics(ctxOf(['coordinator']), { von: '2026-01-01', bis: '2026-01-31' });
		expect(result).toEqual({ ok: true, value: { range: { from: '2026-01-01', to: '2026-01-31' }, figures: [{ name: 'example.days', label: 'stats.accounts.registered', value: 31 }] } });
		expect(asked.at(-1)).toEqual({ tenantId: 'tenant-a', range: { from: '2026-01-01', to: '2026-01-31' } });
	});

	it('default to the current year so far', async () => {
		const result = await computeStatistics(ctxOf(['admin']), {});
		const year = new Date().toISOString().slice(0, 4);
		expect(result.ok && result.value.range.from).toBe(`${year}-01-01`);
	});

	it('say what is wrong with a range instead of counting', async () => {
		expect(await computeStatistics(ctxOf(['coordinator']), { von: '2026-02-01', bis: '2026-01-01' })).toEqual({ ok: false, error: 'invalid', fields: { bis: 'figures.error_order' } });
		expect(await computeStatistics(ctxOf(['coordinator']), { von: '1. Januar' })).toEqual({ ok: false, error: 'invalid', fields: { von: 'error.date' } });
	});

	it('are for the office only', async () => {
		expect(await computeStatistics(ctxOf([]), {})).toEqual({ ok: false, error: 'forbidden' });
		expect(await computeStatistics(ctxOf(['coordinator'], null), {})).toEqual({ ok: false, error: 'forbidden' });
	});
});
