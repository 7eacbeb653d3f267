import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { localName } from '$lib/i18n/localised';
import { jsonLdScript } from '$lib/server/core/site';
import { keepForVisitors } from '$lib/server/core/http/page-cache';
import { markdownSummary, renderMarkdown } from '$lib/server/core/markdown';
import { DIRECTORY_TOPIC } from '$lib/server/modules/directory';
import { ENGAGEMENT_TOPIC, loadOpportunity, opportunityStructuredData, weekOf } from '$lib/server/modules/engagement';

export const load: PageServerLoad = async ({ locals, params }) => {
	keepForVisitors(locals, ENGAGEMENT_TOPIC, DIRECTORY_TOPIC);
	const details = await loadOpportunity(locals.ctx, params.id);
	// Drafts and the like are not told apart from ids nobody has.
	if (!details) error(404, { message: translate(locals.locale, 'error.not_found'), code: 'not_found' });
	const { opportunity: o, organisation } = details;
	const url = `${locals.ctx.baseUrl}/engagement/${o.id}`;
	const photoUrl = o.photoPath ? `${locals.basePath}/dateien/${o.photoPath}` : null;
	const summary = markdownSummary(o.description || o.tasks) || translate(locals.locale, 'opp.meta', { title: o.title, organisation: organisation.name });
	const isPublic = o.status === 'published' && organisation.status === 'published';
	const structured = isPublic
		? opportunityStructuredData(details, { url, organisationUrl: `${locals.ctx.baseUrl}/netzwerk/organisationen/${organisation.id}`, summary, imageUrl: photoUrl && new URL(photoUrl, url).href })
		: null;
	return {
		opportunity: {
			id: o.id,
			title: o.title,
			status: o.status,
			commitment: o.commitment,
			descriptionHtml: renderMarkdown(o.description),
			tasksHtml: renderMarkdown(o.tasks),
			hoursPerMonth: o.hoursPerMonth,
			week: weekOf(o.schedule),
			dates: o.dates,
			startsOn: o.startsOn,
			endsOn: o.endsOn,
			minAge: o.minAge,
			forYouth14: o.forYouth14,
			targetGroups: o.targetGroups,
			languages: o.languages,
			skills: o.skills,
			requirements: o.requirements,
			offers: o.offers,
			accessibility: o.accessibility,
			volunteersWanted: o.volunteersWanted,
			contact: o.contactName || o.contactEmail || o.contactPhone ? { name: o.contactName, email: o.contactEmail, phone: o.contactPhone } : null,
			online: o.online,
			publishedAt: o.publishedAt,
			updatedAt: o.updatedAt
		},
		organisation: { id: organisation.id, name: organisation.name },
		places: details.places,
		fields: details.fields.map((f) => localName(f, locals.locale)),
		manage: details.manage,
		photoUrl,
		summary,
		jsonLd: structured ? jsonLdScript(structured) : null
	};
};
