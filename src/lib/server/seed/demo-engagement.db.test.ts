import { beforeAll, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { configureStorage, LocalFolderStorage } from '../core/files';
import { openDatabase } from '../db/client';
import { findTenantBySlug } from '../core/tenants';
import { migratedSnapshot } from '../testing/databases';
import { applications, opportunities, opportunityPlaces, volunteerProfiles } from '../modules/engagement/schema';
import { applicationStatuses, commitments, opportunityStatuses } from '../modules/engagement/vocabulary';
import { loadOpportunity } from '../modules/engagement';
import { anonymous } from '../core/permissions';
import { seedDemoIfEmpty } from './demo';

// The demo seed needs an empty database of its own, so it runs on the embedded one only.
beforeAll(() => configureStorage(new LocalFolderStorage(mkdtempSync(join(tmpdir(), 'gemeinwerk-demo-files-')))));

it('gives Lindwerder about 150 opportunities of every kind and status, volunteers and applications in every status, and the Kreis a few', async () => {
	const database = await openDatabase({ snapshot: migratedSnapshot() });
	try {
		await seedDemoIfEmpty(database.db);
		const db = database.db;
		const town = (await findTenantBySlug(db, 'lindwerder'))!;
		const kreis = (await findTenantBySlug(db, 'kreis-nordaue'))!;
		const rows = await db.select().from(opportunities).where(eq(opportunities.tenantId, town.id));
		expect(rows.length).toBeGreaterThanOrEqual(140);
		expect(rows.length).toBeLessThanOrEqual(160);
		expect(new Set(rows.map((r) => r.commitment))).toEqual(new Set(commitments));
		expect(new Set(rows.map((r) => r.status))).toEqual(new Set(opportunityStatuses));
		const published = rows.filter((r) => r.status === 'published');
		expect(published.length).toBeGreaterThan(100);
		expect(published.filter((r) => r.online).length).toBeGreaterThanOrEqual(5);
		expect(published.filter((r) => r.forYouth14).length).toBeGreaterThanOrEqual(10);
		expect(new Set(rows.map((r) => r.organisationId)).size).toBeGreaterThanOrEqual(40);
		// Published ones expire in the future; some soon, so the reminders have something to do.
		expect(published.every((r) => r.expiresAt! > new Date())).toBe(true);
		expect(published.some((r) => r.expiresAt!.getTime() < Date.now() + 14 * 24 * 3600 * 1000)).toBe(true);
		const linked = await db.select().from(opportunityPlaces).where(eq(opportunityPlaces.tenantId, town.id));
		expect(new Set(linked.map((l) => l.opportunityId)).size).toBeGreaterThan(100);
		// A published one reads as a visitor sees it, with its places' districts.
		const shown = await loadOpportunity({ db, tenant: town, actor: anonymous(town.id), locale: 'de', baseUrl: 'https://x.example' }, published.find((r) => !r.online)!.id);
		expect(shown?.places.some((p) => p.district)).toBe(true);

		const applied = await db.select().from(applications).where(eq(applications.tenantId, town.id));
		expect(new Set(applied.map((a) => a.status))).toEqual(new Set(applicationStatuses));
		expect(applied.some((a) => a.accountId === null && a.confirmedAt === null)).toBe(true);
		expect((await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.tenantId, town.id))).length).toBeGreaterThanOrEqual(4);

		const district = await db.select().from(opportunities).where(eq(opportunities.tenantId, kreis.id));
		expect(district.length).toBeGreaterThanOrEqual(8);
		expect(district.every((r) => r.status === 'published')).toBe(true);
	} finally {
		await database.close();
	}
});
