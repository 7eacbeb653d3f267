import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../testing/databases';
import { listAccounts } from '../core/accounts';
import { findTenantBySlug } from '../core/tenants';
import { seedSynthetic } from './synthetic';

describeOnDatabases('synthetic seed', (env) => {
	it('creates the asked number of towns and accounts, and can be run again', async () => {
		const count = async () => ((await env().db.execute(sql`select count(*)::int as n from tenants where slug like 'synth-%'`)) as unknown as { rows: { n: number }[] }).rows[0].n;
		const before = await count();
		await seedSynthetic(env().db, { tenants: 2, accounts: 120 });
		await seedSynthetic(env().db, { tenants: 1, accounts: 10 });
		expect(await count()).toBe(before + 3);
		const last = await findTenantBySlug(env().db, `synth-${before + 2}`);
		const list = await listAccounts(env().db, last!.id, { perPage: 200 });
		expect(list.total).toBe(120);
		expect(list.items.filter((r) => r.roles.length).length).toBe(3);
	});
});
