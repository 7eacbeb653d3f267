import { defineModule } from '$lib/server/core/modules';
import { rule, who } from '$lib/server/core/permissions';
import { applicationNotifications } from './applications/notifications';
import { applicationPersonalData, applicationRetention } from './applications/personal-data';
import { countWaitingApplications, sendApplicationReminders } from './applications/reminders';
import { tellAllFilledApplicants } from './applications/opportunity-filled';

/** The Freiwilligenbörse: Engagementangebote, applications, volunteer profiles and brokering. */
export const engagement = defineModule({
	name: 'engagement',
	permissions: {
		/** Post and look after an organisation's opportunities: its owners and editors, or the office on its behalf. */
		'opportunity.manage': rule('owned', (actor, target) => who.actsFor(actor, target.organisationId)),
		/** Approve or return opportunities in review, and change the Freiwilligenbörse's settings. */
		'opportunity.review': rule('tenant', who.staff),
		/** Read and answer the applications to an organisation's opportunities, keep notes and reply templates. */
		'application.manage': rule('owned', (actor, target) => who.actsFor(actor, target.organisationId)),
		/** The office's list of applications nobody answered for 14 days. */
		'application.coordinate': rule('tenant', who.staff)
	},
	areas: {
		// Applying is open to guests; the forms and the guest's link are not for search engines.
		'/engagement/[id=uuid]/interesse': { kind: 'public', unlisted: true },
		'/engagement/bewerbung-bestaetigen': { kind: 'public', unlisted: true },
		// The organisation's people, or staff: the use cases check the organisation.
		'/netzwerk/organisationen/[id=uuid]/bewerbungen': { kind: 'signed-in' },
		'/netzwerk/organisationen/[id=uuid]/antwortvorlagen': { kind: 'signed-in' },
		'/netzwerk/organisationen/[id=uuid]/angebote/[angebot=uuid]/bewerbungen': { kind: 'signed-in' }
	},
	navigation: [
		{ area: 'resident', path: '/mein-bereich/bewerbungen', label: 'engagement.apply.mine_title', teaser: 'engagement.apply.mine_teaser', order: 7 },
		{ area: 'coordination', path: '/koordination/wartet-auf-antwort', label: 'engagement.apply.waiting_title', order: 25, permission: 'application.coordinate', count: countWaitingApplications }
	],
	periodicTasks: [
		{ name: 'engagement.application-reminders', schedule: { every: 'day', at: '08:00' }, run: (db) => sendApplicationReminders(db).then(() => undefined) },
		{ name: 'engagement.filled-applicants', schedule: { every: 'day', at: '07:30' }, run: (db) => tellAllFilledApplicants(db).then(() => undefined) }
	],
	notifications: applicationNotifications,
	personalData: [applicationPersonalData],
	retention: [applicationRetention]
});
