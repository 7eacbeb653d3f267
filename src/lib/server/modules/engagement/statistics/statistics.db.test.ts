import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { getTableColumns } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { computeStatistics } from '$lib/server/core/statistics';
import type { Tenant } from '$lib/server/core/tenants';
import { applications, consultations, searchDemand, suggestions } from '../schema';
import { insertDistrict, insertField, insertOpportunity, insertPlace } from '../brokering/test-opportunities';
import { engagementFiguresCsv, listBlindSpots, showEngagementFigures } from '..';

const Q1 = { von: '2026-01-01', bis: '2026-03-31' };

describeOnDatabases('the Freiwilligenbörse’s figures', (env) => {
	// A fixed clock: "answered within 7 days" only judges applications whose week is over, and the default period is this year.
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-04-15T10:00:00Z') });
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	/** A town with opportunities, applications, consultations, suggestions and searches in and around the first quarter of 2026. */
	async function seeded() {
		const db = env().db;
		const tenant = await env().tenant();
		const other = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const volunteer = await env().account(tenant);
		const organisationId = await env().organisation(tenant);
		const bildung = await insertField(db, tenant, 'Bildung', 0);
		const sport = await insertField(db, tenant, 'Sport', 1);
		const altstadt = await insertPlace(db, tenant, organisationId, await insertDistrict(db, tenant, 'Altstadt'));
		const hafen = await insertPlace(db, tenant, organisationId, await insertDistrict(db, tenant, 'Hafen'));
		const outside = await insertPlace(db, tenant, organisationId);
		const o1 = await insertOpportunity(db, tenant, { organisationId, publishedAt: new Date('2026-02-10T09:00:00Z'), fieldIds: [bildung], placeId: altstadt });
		await insertOpportunity(db, tenant, { organisationId, status: 'filled', publishedAt: new Date('2026-03-05T09:00:00Z'), fieldIds: [bildung, sport], placeId: hafen });
		// 00:30 on 1 April in Lindwerder: the second quarter.
		await insertOpportunity(db, tenant, { organisationId, publishedAt: new Date('2026-03-31T22:30:00Z'), online: true });
		// 00:30 on 1 January in Lindwerder: this year.
		await insertOpportunity(db, tenant, { organisationId, publishedAt: new Date('2025-12-31T23:30:00Z'), placeId: outside });
		await insertOpportunity(db, tenant, { organisationId, status: 'draft' });
		await insertOpportunity(db, other, { organisationId: await env().organisation(other), publishedAt: new Date('2026-02-01T09:00:00Z') });

		const application = (confirmedAt: string | null, status: (typeof applications.$inferInsert)['status'], statusChangedAt = confirmedAt ?? '2026-02-01T00:00:00Z') => ({
			tenantId: tenant.id,
			opportunityId: o1,
			guestName: 'Gast',
			guestEmail: 'gast@example.org',
			confirmedAt: confirmedAt ? new Date(confirmedAt) : null,
			status,
			statusChangedAt: new Date(statusChangedAt)
		});
		await db.insert(applications).values([
			application('2026-01-10T10:00:00Z', 'accepted', '2026-01-12T10:00:00Z'),
			application('2026-02-01T10:00:00Z', 'in_contact', '2026-02-03T10:00:00Z'),
			// Answered late, or answered in time and accepted later: only the last change is known.
			application('2026-02-01T10:00:00Z', 'accepted', '2026-02-20T10:00:00Z'),
			application('2026-03-01T10:00:00Z', 'new'),
			application('2026-03-02T10:00:00Z', 'withdrawn', '2026-03-03T10:00:00Z'),
			// Its 7 days are not over on 15 April.
			application('2026-04-12T10:00:00Z', 'new'),
			// A guest who never confirmed the address sent nothing.
			application(null, 'new')
		]);
		await db
			.insert(consultations)
			.values(['2025-12-31', '2026-01-05', '2026-01-20', '2026-03-03'].map((heldOn) => ({ tenantId: tenant.id, accountId: volunteer.accountId, heldOn, topic: 'Beratung' })));
		await db.insert(suggestions).values([
			{ tenantId: tenant.id, opportunityId: o1, accountId: volunteer.accountId, status: 'accepted', createdAt: new Date('2026-02-02T10:00:00Z'), answeredAt: new Date('2026-03-01T10:00:00Z') },
			{ tenantId: tenant.id, opportunityId: o1, accountId: volunteer.accountId, createdAt: new Date('2026-02-28T23:30:00Z') }
		]);
		const demand = (t: Tenant, day: string, words: string, filters: Record<string, string | string[]>, count: number) => ({ tenantId: t.id, day, words, filters, count });
		await db
			.insert(searchDemand)
			.values([
				demand(tenant, '2026-02-01', 'reparatur', {}, 3),
				demand(tenant, '2026-02-02', 'reparatur', { district: 'hafen' }, 2),
				demand(tenant, '2026-03-01', '', { category: bildung, online: '1' }, 4),
				demand(tenant, '2026-03-02', '', { category: bildung, online: '1' }, 1),
				demand(tenant, '2026-03-03', 'hundesitting', {}, 1),
				demand(tenant, '2025-12-31', 'silvester', {}, 10),
				demand(other, '2026-02-01', 'fremd', { commitment: 'once' }, 5)
			]);
		return { tenant, other, office: env().ctx(tenant, coordinator.actor), resident: env().ctx(tenant, volunteer.actor), volunteer, coordinator };
	}

	it('count opportunities by field and district, applications by status and answered in 7 days, per month, in the town’s time', async () => {
		const { office } = await seeded();
		const figures = valueOf(await showEngagementFigures(office, Q1));
		expect(figures.range).toEqual({ from: '2026-01-01', to: '2026-03-31' });
		expect(figures.opportunities).toEqual({
			published: 3,
			byField: [
				{ name: 'Bildung', count: 2 },
				{ name: 'Sport', count: 1 },
				{ name: null, count: 1 }
			],
			byDistrict: [
				{ name: 'Altstadt', count: 1 },
				{ name: 'Hafen', count: 1 },
				{ name: null, count: 1 }
			],
			online: 0
		});
		expect(figures.applications).toEqual({
			byStatus: [
				{ status: 'new', count: 1 },
				{ status: 'in_contact', count: 1 },
				{ status: 'accepted', count: 2 },
				{ status: 'declined', count: 0 },
				{ status: 'withdrawn', count: 1 }
			],
			total: 5,
			answeredWithinSevenDays: { answered: 2, total: 4, percent: 50 }
		});
		expect(figures.months).toEqual([
			{ month: '2026-01', matches: 1, consultations: 2, suggestions: 0, acceptedSuggestions: 0 },
			{ month: '2026-02', matches: 1, consultations: 0, suggestions: 1, acceptedSuggestions: 0 },
			{ month: '2026-03', matches: 0, consultations: 1, suggestions: 1, acceptedSuggestions: 1 }
		]);
		expect(figures.searchesWithoutResults).toBe(11);

		// Without a period: this year up to today. The application of 12 April counts, its share not yet.
		const year = valueOf(await showEngagementFigures(office, {}));
		expect(year.range).toEqual({ from: '2026-01-01', to: '2026-04-15' });
		expect(year.opportunities).toMatchObject({ published: 4, online: 1 });
		expect(year.applications).toMatchObject({ total: 6, answeredWithinSevenDays: { answered: 2, total: 4 } });

		const csv = engagementFiguresCsv(figures, 'de');
		expect(csv.header).toEqual(['Tabelle', 'Zeile', 'Wert']);
		expect(csv.rows).toContainEqual(['Angebote nach Engagementfeld', 'ohne Engagementfeld', 1]);
		expect(csv.rows).toContainEqual(['Vermittlungen', '2026-02', 1]);
	});

	it('are declared in the manifest for the office’s Kennzahlen and the yearly report', async () => {
		const { office } = await seeded();
		const result = valueOf(await computeStatistics(office, Q1));
		expect(Object.fromEntries(result.figures.filter((f) => f.name.startsWith('engagement.')).map((f) => [f.name, f.value]))).toEqual({
			'engagement.opportunities_published': 3,
			'engagement.applications': 5,
			'engagement.answered_within_7_days_percent': 50,
			'engagement.matches': 2,
			'engagement.consultations': 3,
			'engagement.suggestions': 2,
			'engagement.searches_without_results': 11
		});
	});

	it('list the blinde Flecken by words and by filters, with names for the town’s lists, and never who searched', async () => {
		const { office, volunteer, coordinator } = await seeded();
		const spots = valueOf(await listBlindSpots(office, Q1));
		expect(spots.total).toBe(11);
		expect(spots.words).toEqual([
			{ words: 'reparatur', searches: 5, days: 2 },
			{ words: 'hundesitting', searches: 1, days: 1 }
		]);
		expect(spots.filters.map((f) => [f.filters, f.searches, f.days])).toEqual([
			[
				[
					{ key: 'category', values: [{ name: 'Bildung' }] },
					{ key: 'online', values: [{ raw: '1' }] }
				],
				5,
				2
			],
			[[{ key: 'district', values: [{ name: 'Hafen' }] }], 2, 1]
		]);
		// The table has no column that could name a person, and nothing of the accounts reaches the list.
		expect(Object.keys(getTableColumns(searchDemand)).sort()).toEqual(['count', 'day', 'filters', 'tenantId', 'words']);
		const shown = JSON.stringify(spots);
		for (const secret of [volunteer.accountId, volunteer.email, coordinator.accountId, coordinator.email]) expect(shown).not.toContain(secret);
		expect(shown).not.toContain('fremd');
	});

	it('are for the town’s coordinators only, and refuse a period that cannot be read', async () => {
		const { office, resident, other } = await seeded();
		expect(await showEngagementFigures(resident, Q1)).toEqual({ ok: false, error: 'forbidden' });
		expect(await listBlindSpots(resident, Q1)).toEqual({ ok: false, error: 'forbidden' });
		expect(await listBlindSpots(env().ctx(other), Q1)).toEqual({ ok: false, error: 'forbidden' });
		// Another town's office sees its own searches and opportunities only.
		const otherOffice = env().ctx(other, (await env().account(other, ['coordinator'])).actor);
		expect(valueOf(await listBlindSpots(otherOffice, Q1)).words).toEqual([{ words: 'fremd', searches: 5, days: 1 }]);
		expect(valueOf(await showEngagementFigures(otherOffice, Q1)).opportunities.published).toBe(1);

		expect(await showEngagementFigures(office, { von: '2026-03-01', bis: '2026-01-01' })).toEqual({ ok: false, error: 'invalid', fields: { bis: 'figures.error_order' } });
		expect(await showEngagementFigures(office, { von: 'kaputt' })).toEqual({ ok: false, error: 'invalid', fields: { von: 'error.date' } });
		expect(await listBlindSpots(office, { von: '1990-01-01', bis: '2026-01-01' })).toEqual({ ok: false, error: 'invalid', fields: { von: 'engagement.stats.error_range' } });
	});
});
