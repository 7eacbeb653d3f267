import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Tenant } from '$lib/server/core/tenants';
import { findAccountByEmail } from '$lib/server/core/accounts';
import { wordsOf } from '$lib/server/core/search';
import { categoriesTable } from '$lib/server/modules/directory';
import { consultations, opportunities, opportunityFields, searchDemand, volunteerProfiles } from '../schema';

const DAY = 24 * 3600 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** What people looked for and did not find, as the search records it: folded words, sorted. */
const demandWords = (text: string) => wordsOf(text).sort().join(' ');

/**
 * The demo town's Freiwilligenagentur: the resident Lea Hansen asks for advice and had a first
 * consultation, and the search demand of the last weeks shows a few blinde Flecken. Runs after the
 * opportunities are seeded; with none published (a database without the Freiwilligenbörse's demo
 * offers) it adds one, so that there is something to suggest.
 */
export async function seedDemoBrokering(db: Db, town: Tenant, organisationId: string, now = new Date()): Promise<void> {
	const resident = await findAccountByEmail(db, town.id, 'bewohnerin@lindwerder.example');
	const office = await findAccountByEmail(db, town.id, 'koordination@lindwerder.example');
	if (!resident || !office) return;

	const [published] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(opportunities)
		.where(and(eq(opportunities.tenantId, town.id), eq(opportunities.status, 'published')));
	if (published.n === 0) {
		const [row] = await db
			.insert(opportunities)
			.values({
				tenantId: town.id,
				organisationId,
				title: 'Lesepatenschaft in der Stadtbücherei',
				tasks: 'Einmal in der Woche Kindern im Grundschulalter vorlesen und mit ihnen über Bücher sprechen.',
				commitment: 'regular',
				hoursPerMonth: 4,
				online: true,
				status: 'published',
				publishedAt: now
			})
			.returning({ id: opportunities.id });
		const [field] = await db.select({ id: categoriesTable.id }).from(categoriesTable).where(eq(categoriesTable.tenantId, town.id)).limit(1);
		if (field) await db.insert(opportunityFields).values({ tenantId: town.id, opportunityId: row.id, categoryId: field.id });
	}

	await db
		.insert(volunteerProfiles)
		.values({
			tenantId: town.id,
			accountId: resident.id,
			skills: ['Vorlesen', 'Kochen'],
			languages: ['de', 'en'],
			availability: 0b110,
			lookingFor: 'regular',
			wantsAdvice: true,
			adviceConsentAt: new Date(now.getTime() - 9 * DAY)
		})
		.onConflictDoUpdate({ target: [volunteerProfiles.tenantId, volunteerProfiles.accountId], set: { wantsAdvice: true, adviceConsentAt: new Date(now.getTime() - 9 * DAY) } });
	await db.insert(consultations).values({
		tenantId: town.id,
		accountId: resident.id,
		heldOn: isoDay(new Date(now.getTime() - 7 * DAY)),
		topic: 'Erstgespräch am Telefon',
		note: 'Möchte etwas Regelmäßiges mit Kindern, dienstags und mittwochs vormittags.',
		authorId: office.id
	});

	const searches: [number, string, Record<string, string>, number][] = [
		[2, 'Hundesitting', {}, 4],
		[5, 'Hundesitting', {}, 2],
		[3, 'Repair-Café', {}, 3],
		[12, 'Computerhilfe für Senioren', {}, 2],
		[4, '', { commitment: 'spontaneous', online: '1' }, 5],
		[8, '', { target_group: 'families', youth: '1' }, 2],
		[6, 'Fahrdienst', { commitment: 'once' }, 1]
	];
	await db
		.insert(searchDemand)
		.values(searches.map(([daysAgo, words, filters, count]) => ({ tenantId: town.id, day: isoDay(new Date(now.getTime() - daysAgo * DAY)), words: demandWords(words), filters, count })));
}
