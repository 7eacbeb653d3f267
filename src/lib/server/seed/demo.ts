import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { createTenant } from '../core/tenants';
import { provisionAccount } from '../core/accounts';
import { organisationMemberships } from '../core/organisations/schema';
import { putLegalPage } from '../core/legal';
import { log } from '../core/log';
import { demoAccounts, DEMO_CLUB_ID } from './demo-accounts';
import { seedDemoDirectory } from './demo-directory';
import { seedDemoLogos } from './demo-logos';
import { seedSearchExamples } from '$lib/server/modules/engagement';
import { defaultLegalTexts } from '../core/legal/defaults';

/** Any constant that no other advisory lock of the platform uses: "demo" in ASCII. */
const DEMO_SEED_LOCK = 0x64656d6f;

/**
 * The fictional town of Lindwerder in the equally fictional Kreis Nordaue (Schleswig-Holstein).
 *
 * One transaction, because "seeded" means "a tenant exists": a server stopped half-way (killed
 * during its first start, a failing step) must leave an empty database, so that the next start
 * seeds again instead of finding a town without accounts. The advisory lock makes two servers
 * starting at once on one PostgreSQL seed once: the second waits, then finds the towns. Logo
 * files of a seed that was rolled back stay in the files folder unreferenced; they are harmless.
 */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
	const seeded = await db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK})`);
		const { rows } = (await tx.execute(sql`select exists(select 1 from tenants) as seeded`)) as unknown as { rows: { seeded: boolean }[] };
		if (rows[0]?.seeded) return false;
		await seedDemo(tx);
		return true;
	});
	if (seeded) log.info('demo municipality Lindwerder seeded');
	return seeded;
}

async function seedDemo(db: Db): Promise<void> {
	const kreis = await createTenant(db, {
		slug: 'kreis-nordaue',
		name: 'Kreis Nordaue',
		kind: 'district',
		state: 'SH',
		officeName: 'Kreis Nordaue – Fachdienst Ehrenamt und Sport',
		officeStreet: 'Kreishausplatz 2',
		officePostcode: '24999',
		officeCity: 'Nordaue',
		officeEmail: 'ehrenamt@kreis-nordaue.example',
		officePhone: '04699 10-0',
		colorPrimary: '#2f5d3a',
		colorSecondary: '#e8c547'
	});
	const town = await createTenant(db, {
		slug: 'lindwerder',
		name: 'Lindwerder',
		kind: 'municipality',
		parentId: kreis.id,
		state: 'SH',
		officeName: 'Stadt Lindwerder – Team Engagement und Beteiligung',
		officeStreet: 'Am Markt 1',
		officePostcode: '24998',
		officeCity: 'Lindwerder',
		officeEmail: 'engagement@lindwerder.example',
		officePhone: '04698 123-450',
		colorPrimary: '#1d4f91',
		colorSecondary: '#f2c230',
		tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
		tileAttribution: '© OpenStreetMap-Mitwirkende',
		isDefault: true
	});

	for (const tenant of [town, kreis]) {
		for (const [kind, byLocale] of Object.entries(defaultLegalTexts(tenant))) {
			for (const [locale, body] of Object.entries(byLocale)) {
				await putLegalPage(db, tenant.id, kind as 'imprint', locale as 'de', body);
			}
		}
	}

	await seedDemoDirectory(db, town);
	await seedDemoLogos(db, town);
	await seedSearchExamples(db, town, DEMO_CLUB_ID);

	for (const demo of demoAccounts) {
		const created = await provisionAccount(db, demo.district ? kreis.id : town.id, demo);
		if (!created.ok) throw new Error(`demo account ${demo.email}: ${created.error}`);
		if (demo.club) {
			await db.insert(organisationMemberships).values({ tenantId: town.id, organisationId: DEMO_CLUB_ID, accountId: created.accountId, role: demo.club });
		}
	}
}
