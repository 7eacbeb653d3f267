import { expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { placesTable, categoriesTable } from '$lib/server/modules/directory';
import { applications, opportunities, opportunityFields, opportunityPlaces } from './schema';
import { scheduleFromSlots } from './vocabulary';
import { runOrganisationMergeHandlers } from '$lib/server/core/organisations';

describeOnDatabases('the Freiwilligenbörse tables', (env) => {
	it('keep an opportunity with its places and fields, its sort key and search words', async () => {
		const tenant = await env().tenant();
		const organisationId = await env().organisation(tenant);
		const [place] = await env().db.insert(placesTable).values({ tenantId: tenant.id, organisationId, name: 'Gemeindehaus' }).returning();
		const [field] = await env().db.insert(categoriesTable).values({ tenantId: tenant.id, slug: 'bildung-x', nameDe: 'Bildung', nameEn: 'Education' }).returning();
		const schedule = scheduleFromSlots(['mon-afternoon', 'thu-afternoon']);
		const [row] = await env()
			.db.insert(opportunities)
			.values({ tenantId: tenant.id, organisationId, title: 'Übungsleitung Kinderturnen', tasks: 'Hausaufgabenhilfe für Grundschüler', commitment: 'regular', schedule, languages: ['de', 'tr'] })
			.returning();
		await env().db.insert(opportunityPlaces).values({ tenantId: tenant.id, opportunityId: row.id, placeId: place.id });
		await env().db.insert(opportunityFields).values({ tenantId: tenant.id, opportunityId: row.id, categoryId: field.id });
		expect(row.status).toBe('draft');
		expect(row.sortKey).toBe('ubungsleitung kinderturnen');
		expect(row.searchWords).toBe(' ubungsleitung kinderturnen hausaufgabenhilfe fur grundschuler ');
		expect(row.schedule).toBe(2 + 2 ** 10);
	});

	it('refuse an unknown status, and an application without account or guest', async () => {
		const tenant = await env().tenant();
		const organisationId = await env().organisation(tenant);
		await expect(
			env()
				.db.insert(opportunities)
				.values({ tenantId: tenant.id, organisationId, title: 'X', commitment: 'once', status: 'gone' as 'draft' })
		).rejects.toThrow();
		const [row] = await env().db.insert(opportunities).values({ tenantId: tenant.id, organisationId, title: 'X', commitment: 'once' }).returning();
		await expect(env().db.insert(applications).values({ tenantId: tenant.id, opportunityId: row.id })).rejects.toThrow();
		await env().db.insert(applications).values({ tenantId: tenant.id, opportunityId: row.id, guestName: 'Gast', guestEmail: 'gast@example.org' });
		await env().db.delete(opportunities).where(eq(opportunities.id, row.id));
		expect(await env().db.select().from(applications).where(eq(applications.opportunityId, row.id))).toEqual([]);
	});

	it('move to the organisation that stays when a duplicate is merged', async () => {
		const tenant = await env().tenant();
		const duplicate = await env().organisation(tenant);
		const stays = await env().organisation(tenant);
		const [row] = await env().db.insert(opportunities).values({ tenantId: tenant.id, organisationId: duplicate, title: 'Tafel', commitment: 'regular' }).returning();
		await runOrganisationMergeHandlers(env().db, tenant.id, duplicate, stays);
		const [moved] = await env().db.select().from(opportunities).where(eq(opportunities.id, row.id));
		expect(moved.organisationId).toBe(stays);
	});
});
