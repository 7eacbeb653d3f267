import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { whereIn } from '$lib/i18n/where';
import { confirmOrganisationCurrent, DIRECTORY_TOPIC, loadOrganisationDetails, organisationStructuredData } from '$lib/server/modules/directory';
import { jsonLdScript } from '$lib/server/core/site';
import { keepForVisitors } from '$lib/server/core/http/page-cache';
import { loadPlaceMap } from './place-map';
import { failAction } from '$lib/server/core/http/results';
import { browserMessages } from '$lib/i18n/browser-messages';
import { ENGAGEMENT_TOPIC, openOpportunitiesOf } from '$lib/server/modules/engagement';

// The map of the organisation's places is drawn in the browser: this page keeps its JavaScript.
export const csr = true;

export const load: PageServerLoad = async ({ locals, params }) => {
	keepForVisitors(locals, DIRECTORY_TOPIC, ENGAGEMENT_TOPIC);
	const result = await loadOrganisationDetails(locals.ctx, params.id);
	if (!result.ok) error(404, { message: translate(locals.locale, 'error.not_found'), code: 'not_found' });
	// Old links to a merged duplicate keep working.
	if (result.value.kind === 'merged') redirect(301, `${locals.basePath}/netzwerk/organisationen/${result.value.mergedIntoId}`);
	const organisation = result.value.organisation;
	const logoUrl = organisation.logoPath ? `${locals.basePath}/dateien/${organisation.logoPath}` : null;
	const url = `${locals.ctx.baseUrl}/netzwerk/organisationen/${organisation.id}`;
	const description =
		organisation.summary || translate(locals.locale, 'meta.organisation', { name: organisation.name, where: whereIn((key, params) => translate(locals.locale, key, params), locals.ctx.tenant) });
	// Structured data only for what everyone may see: a proposal previewed by its members is not published.
	const structured = organisation.status === 'published' ? organisationStructuredData(organisation, { url, logoUrl: logoUrl && new URL(logoUrl, url).href, summary: description }) : null;
	return {
		organisation,
		logoUrl,
		description,
		jsonLd: structured ? jsonLdScript(structured) : null,
		placeMap: await loadPlaceMap(locals.ctx, organisation),
		opportunities: organisation.status === 'published' ? await openOpportunitiesOf(locals.ctx, organisation.id) : [],
		messages: browserMessages(locals.locale, [
			'directory.title',
			'org.',
			'orgpage.',
			'orglist.badges',
			'place.',
			'map.',
			'status.',
			'kind.',
			'target.',
			'lang.',
			'access.',
			'opp.profile.',
			'opp.online',
			'opp.for_youth_14',
			'engagement.commitment.'
		])
	};
};

export const actions: Actions = {
	confirm: async ({ locals, params }) => {
		const result = await confirmOrganisationCurrent(locals.ctx, { organisationId: params.id });
		if (!result.ok) return failAction(result);
		return { confirmed: true };
	}
};
