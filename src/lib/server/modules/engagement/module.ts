import { defineModule } from '$lib/server/core/modules';
import { rule, who } from '$lib/server/core/permissions';
import { hasProfile } from './matching/queries';
import { volunteerProfilePersonalData } from './matching/personal-data';

/** The Freiwilligenbörse: Engagementangebote, applications, volunteer profiles and brokering. */
export const engagement = defineModule({
	name: 'engagement',
	permissions: {
		/** Post and look after an organisation's opportunities: its owners and editors, or the office on its behalf. */
		'opportunity.manage': rule('owned', (actor, target) => who.actsFor(actor, target.organisationId)),
		/** Approve or return opportunities in review, and change the Freiwilligenbörse's settings. */
		'opportunity.review': rule('tenant', who.staff),
		/** A volunteer profile is its owner's alone; coordinators read those who asked for advice elsewhere. */
		'volunteer_profile.read': rule('account', (actor, target) => target.accountId === actor.accountId),
		'volunteer_profile.edit': rule('account', (actor, target) => target.accountId === actor.accountId)
	},
	areas: {
		// "Passt zu mir" reads the signed-in person's own profile.
		'/engagement/passt-zu-mir': { kind: 'permission', action: 'area.resident' }
	},
	navigation: [
		{
			area: 'home',
			path: '/engagement/passt-zu-mir',
			label: 'matching.title',
			teaser: 'matching.home_teaser',
			order: 5,
			visible: (ctx) => (ctx.actor.accountId ? hasProfile(ctx.db, ctx.tenant.id, ctx.actor.accountId) : Promise.resolve(false))
		},
		{ area: 'resident', path: '/mein-bereich/engagement-profil', label: 'matching.profile.title', teaser: 'matching.profile.teaser', order: 15 }
	],
	personalData: [volunteerProfilePersonalData]
});
