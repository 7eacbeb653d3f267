import { expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { findTenantBySlug, resolveTenant } from '../core/tenants';
import { findAccountByEmail, loadActor } from '../core/accounts';
import { getLegalPage } from '../core/legal';
import { checkPassword } from '../core/accounts/password';
import { demoAccounts, DEMO_CLUB_ID } from './demo-accounts';
import { seedDemoIfEmpty } from './demo';

// The demo seed needs an empty database of its own, so it runs on the embedded one only.
it('seeds Lindwerder with one account per role once, into an empty database', async () => {
	const database = await openDatabase();
	try {
		await database.migrate();
		expect(await seedDemoIfEmpty(database.db)).toBe(true);
		expect(await seedDemoIfEmpty(database.db)).toBe(false);
		const town = await findTenantBySlug(database.db, 'lindwerder');
		expect(town).toMatchObject({ isDefault: true, state: 'SH' });
		expect(await resolveTenant(database.db, 'localhost:3000', '/')).toMatchObject({ tenant: { slug: 'lindwerder' } });
		expect((await findTenantBySlug(database.db, 'kreis-nordaue'))?.id).toBe(town!.parentId);
		for (const demo of demoAccounts) {
			expect(checkPassword(demo.password, [demo.email.split('@')[0]])).toBeNull();
			const account = await findAccountByEmail(database.db, town!.id, demo.email);
			const actor = await loadActor(database.db, town!.id, account!.id);
			expect(actor.roles).toEqual(demo.roles);
			expect(actor.memberships).toEqual(demo.club ? [{ organisationId: DEMO_CLUB_ID, role: demo.club }] : []);
		}
		expect((await getLegalPage(database.db, town!.id, 'accessibility', 'en'))?.body).toContain('WCAG 2.1');
	} finally {
		await database.close();
	}
});
