import { and, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { placesTable } from '$lib/server/modules/directory';
import { opportunities, opportunityPlaces, replyTemplates } from '../schema';

/** A published opportunity of the demo club that the browser journeys apply to. */
export const DEMO_APPLY_OPPORTUNITY_ID = '2a7c9e41-5b3d-4f08-9c6e-8d1f0a2b3c4d';

/** The demo club's reply templates, and one opportunity of its own to apply to. */
export async function seedDemoApplications(db: Db, tenantId: string, clubId: string): Promise<void> {
	await db.insert(replyTemplates).values([
		{
			tenantId,
			organisationId: clubId,
			name: 'Zusage',
			text: 'vielen Dank für Ihr Interesse! Wir freuen uns sehr, dass Sie mitmachen möchten. Wir melden uns in den nächsten Tagen mit allen Einzelheiten zum ersten Treffen.'
		},
		{
			tenantId,
			organisationId: clubId,
			name: 'Kennenlernen',
			text: 'vielen Dank für Ihre Nachricht! Haben Sie Lust, uns unverbindlich kennenzulernen? Schreiben Sie uns gern, wann es Ihnen passt.'
		},
		{
			tenantId,
			organisationId: clubId,
			name: 'Absage',
			text: 'vielen Dank für Ihr Interesse. Leider haben wir für diese Aufgabe schon genug Helferinnen und Helfer. Schauen Sie gern in unsere anderen Angebote.'
		}
	]);
	const [place] = await db
		.select({ id: placesTable.id })
		.from(placesTable)
		.where(and(eq(placesTable.tenantId, tenantId), eq(placesTable.organisationId, clubId)))
		.limit(1);
	const now = new Date();
	await db.insert(opportunities).values({
		tenantId,
		id: DEMO_APPLY_OPPORTUNITY_ID,
		organisationId: clubId,
		title: 'Helferinnen und Helfer für das Sommerfest am Deich',
		description: 'Einmal im Jahr feiert der Verein mit dem ganzen Stadtteil. Für den Tag suchen wir Menschen, die mit anpacken.',
		tasks: 'Aufbau der Zelte am Vormittag, Kuchenstand, Kinderspiele, Abbau am Abend. Jede Stunde hilft.',
		commitment: 'once',
		online: !place,
		status: 'published',
		publishedAt: now,
		confirmedAt: now,
		expiresAt: new Date(now.getTime() + 180 * 24 * 3600 * 1000),
		contactName: 'Karin Lorenzen'
	});
	if (place) await db.insert(opportunityPlaces).values({ tenantId, opportunityId: DEMO_APPLY_OPPORTUNITY_ID, placeId: place.id });
}
