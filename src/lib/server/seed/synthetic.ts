import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { createTenant } from '../core/tenants';
import { hashPassword } from '../core/accounts';
import { accounts, roleAssignments } from '../core/accounts/schema';
import { auditLog } from '../core/audit/schema';

export interface SyntheticCounts {
	tenants: number;
	/** Accounts per tenant. */
	accounts: number;
}

const firstNames = ['Anna', 'Ben', 'Clara', 'Deniz', 'Emil', 'Fatma', 'Greta', 'Hannes', 'Ida', 'Jonas', 'Karla', 'Lukas', 'Mila', 'Noah', 'Olga', 'Paul'];
const lastNames = ['Albers', 'Bräuer', 'Carstensen', 'Dietrich', 'Eggers', 'Friedrichsen', 'Günther', 'Hansen', 'Iversen', 'Jürgensen', 'Kaya', 'Lorenzen'];

/** Bulk data for benchmarks: N towns with M accounts each, a few roles and audit entries. */
export async function seedSynthetic(db: Db, counts: SyntheticCounts, log: (line: string) => void = () => {}): Promise<void> {
	const passwordHash = await hashPassword('Synthetisch-Nur-Zum-Messen-1');
	const { rows } = (await db.execute(sql`select count(*)::int as n from tenants where slug like 'synth-%'`)) as unknown as { rows: { n: number }[] };
	const offset = rows[0]?.n ?? 0;
	for (let t = 0; t < counts.tenants; t++) {
		const n = offset + t + 1;
		const tenant = await createTenant(db, {
			slug: `synth-${n}`,
			name: `Synthetikstadt ${n}`,
			kind: 'municipality',
			state: 'NW',
			officeName: `Synthetikstadt ${n} – Engagementförderung`,
			officeEmail: `buero@synth-${n}.example`
		});
		for (let start = 0; start < counts.accounts; start += 1000) {
			const batch = Array.from({ length: Math.min(1000, counts.accounts - start) }, (_, i) => {
				const k = start + i;
				return {
					tenantId: tenant.id,
					email: `person${k}@synth-${n}.example`,
					displayName: `${firstNames[k % firstNames.length]} ${lastNames[(k * 7) % lastNames.length]}`,
					passwordHash,
					emailVerifiedAt: new Date()
				};
			});
			const inserted = await db.insert(accounts).values(batch).returning({ id: accounts.id });
			const staff = inserted.filter((_, i) => (start + i) % 50 === 0);
			if (staff.length) {
				await db.insert(roleAssignments).values(staff.map((a, i) => ({ tenantId: tenant.id, accountId: a.id, role: i % 2 ? ('partner' as const) : ('coordinator' as const) })));
				await db.insert(auditLog).values(
					staff.map((a) => ({ tenantId: tenant.id, actorId: inserted[0].id, action: 'role.assigned', entityType: 'account', entityId: a.id, before: { roles: [] }, after: { roles: ['coordinator'] } }))
				);
			}
		}
		log(`${tenant.name}: ${counts.accounts} Konten`);
	}
}
