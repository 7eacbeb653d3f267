import { defineModule } from '$lib/server/core/modules';
import { rule, who } from '$lib/server/core/permissions';
import { directoryApi } from './api';
import { organisationModeration } from './office/moderation';
import { directoryPersonalData } from './personal-data';
import { setUpDirectory } from './office/setup';
import { sendStaleReminders } from './office/stale-reminders';
import { directoryStatistics } from './statistics';
import { directoryNotifications } from './notifications';
import { directorySitemap } from './sitemap';
import { directoryAuditSubjects } from './audit-subjects';

/** The Vereinsregister: organisation profiles, Engagement-Orte, the Stadtplan, walks, imports and open data. */
export const directory = defineModule({
	name: 'directory',
	permissions: {
		/** Categories, districts, address table, imports, merges and walks. */
		'directory.manage': rule('tenant', who.staff)
	},
	areas: {
		'/netzwerk': { kind: 'public' },
		// Print views repeat their page: not for search engines.
		'/netzwerk/stadtplan/drucken': { kind: 'public', unlisted: true },
		'/netzwerk/spaziergaenge/[slug]/drucken': { kind: 'public', unlisted: true },
		'/netzwerk/organisationen/neu': { kind: 'permission', action: 'organisation.create' },
		// Editors and owners of the organisation, or staff: the use cases check the organisation.
		'/netzwerk/organisationen/[id=uuid]/bearbeiten': { kind: 'signed-in' },
		'/netzwerk/organisationen/[id=uuid]/personen': { kind: 'signed-in' }
	},
	mapRoutes: [
		'/netzwerk/stadtplan',
		'/netzwerk/spaziergaenge/[slug]',
		// An organisation's page shows its places; its edit page has the pin picker.
		'/netzwerk/organisationen/[id=uuid]',
		'/netzwerk/organisationen/[id=uuid]/bearbeiten'
	],
	navigation: [
		{ area: 'public', path: '/netzwerk', label: 'nav.network', order: 50 },
		{ area: 'home', path: '/netzwerk/organisationen', label: 'directory.title', teaser: 'network.directory_text', search: 'home.directory_search', order: 10 },
		{ area: 'home', path: '/netzwerk/stadtplan', label: 'network.map', teaser: 'network.map_text', order: 20 },
		{ area: 'home', path: '/netzwerk/spaziergaenge', label: 'network.walks', teaser: 'network.walks_text', order: 30 },
		{ area: 'home', path: '/netzwerk/organisationen/neu', label: 'network.propose', teaser: 'network.propose_text', order: 40 },
		{ area: 'resident', path: '/mein-bereich/organisationen', label: 'myorgs.title', teaser: 'myorgs.teaser', order: 5 },
		{ area: 'coordination', path: '/koordination/nicht-aktuell', label: 'coord.stale', order: 20, permission: 'directory.manage' },
		{ area: 'coordination', path: '/koordination/kategorien', label: 'coord.categories', order: 30, permission: 'directory.manage' },
		{ area: 'coordination', path: '/koordination/stadtteile', label: 'coord.districts', order: 30, permission: 'directory.manage' },
		{ area: 'coordination', path: '/koordination/adressen', label: 'coord.addresses', order: 30, permission: 'directory.manage' },
		{ area: 'coordination', path: '/koordination/import', label: 'coord.import', order: 30, permission: 'directory.manage' },
		{ area: 'coordination', path: '/koordination/zusammenfuehren', label: 'coord.merge', order: 30, permission: 'directory.manage' },
		{ area: 'coordination', path: '/koordination/spaziergaenge', label: 'coord.walks', order: 30, permission: 'directory.manage' }
	],
	periodicTasks: [{ name: 'directory.stale-reminders', schedule: { every: 'day', at: '09:00' }, run: (db) => sendStaleReminders(db).then(() => undefined) }],
	notifications: directoryNotifications,
	personalData: [directoryPersonalData],
	moderation: { organisation: organisationModeration },
	auditSubjects: directoryAuditSubjects,
	tenantSetup: setUpDirectory,
	api: directoryApi,
	statistics: directoryStatistics,
	sitemap: directorySitemap,
	exports: [
		{
			name: 'directory.open-data',
			openData: true,
			files: [
				{ path: '/netzwerk/daten/organisationen.csv', format: 'csv', label: 'opendata.csv' },
				{ path: '/netzwerk/daten/organisationen.json', format: 'json', label: 'opendata.json' },
				{ path: '/netzwerk/daten/orte.geojson', format: 'geojson', label: 'opendata.geojson' }
			]
		}
	]
});
