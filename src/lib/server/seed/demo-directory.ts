import type { Db } from '../db/client';
import type { Tenant } from '../core/tenants';
import { organisations, places } from '../modules/directory/schema';
import { DEMO_CLUB_ID } from './demo-accounts';

/** Lindwerder's clubs, initiatives and places. The sports club is the one the demo owner and editor act for. */
export async function seedDemoDirectory(db: Db, town: Tenant): Promise<void> {
	await db.insert(organisations).values({
		tenantId: town.id,
		id: DEMO_CLUB_ID,
		status: 'published',
		name: 'Turn- und Sportverein Lindwerder von 1892 e. V.',
		shortName: 'TSV Lindwerder',
		kind: 'club',
		description:
			'Der größte Verein der Stadt: Fußball, Turnen, Leichtathletik, Schwimmen und Gesundheitssport für alle Generationen. Wir suchen Übungsleiter*innen, Helfer*innen für unsere Sportfeste und eine Nachfolge für unsere Kassenwartin.',
		street: 'Deichweg 12',
		postcode: '24998',
		city: 'Lindwerder',
		email: 'info@tsv-lindwerder.example',
		website: 'https://tsv-lindwerder.example',
		languages: ['de', 'en', 'tr'],
		accessibility: ['step_free', 'accessible_toilet'],
		targetGroups: ['children', 'youth', 'families', 'seniors'],
		foundingYear: 1892,
		registerNumber: 'VR 112 KI',
		networkMember: true,
		networkDeclaredAt: '2021-06-15',
		verified: true
	});
	await db.insert(places).values({
		tenantId: town.id,
		organisationId: DEMO_CLUB_ID,
		name: 'Sportplatz und Vereinsheim am Deich',
		street: 'Deichweg 12',
		postcode: '24998',
		city: 'Lindwerder',
		lat: 54.5204,
		lng: 9.5612,
		openingHours: 'Mo–Fr 16–21 Uhr, Sa 9–14 Uhr',
		accessibility: ['step_free', 'accessible_toilet']
	});
}
