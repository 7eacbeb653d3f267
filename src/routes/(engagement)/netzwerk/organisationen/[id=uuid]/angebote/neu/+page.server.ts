import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formValues, requireSignIn } from '$lib/server/core/http/guards';
import { failAction, valueOrError } from '$lib/server/core/http/results';
import { localName } from '$lib/i18n/localised';
import { createOpportunity, EMPTY_DATE_ROWS, newOpportunityForm, opportunityInputFromForm, opportunityVocabulary } from '$lib/server/modules/engagement';

export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	const { locals, params } = event;
	const found = valueOrError(await newOpportunityForm(locals.ctx, { organisationId: params.id }), locals.locale);
	const { contactName, contactEmail, contactPhone } = found.organisation;
	return {
		organisation: found.organisation,
		places: found.places,
		fields: found.fields.map((f) => ({ id: f.id, label: localName(f, locals.locale) })),
		vocabulary: opportunityVocabulary,
		dateRows: EMPTY_DATE_ROWS,
		// The organisation's contact person is the usual contact; the form starts with them.
		initial: { contactName, contactEmail, contactPhone }
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = await formValues(request);
		const result = await createOpportunity(locals.ctx, { ...opportunityInputFromForm(values), organisationId: params.id });
		if (!result.ok) return failAction(result, { values });
		redirect(303, `${locals.basePath}/netzwerk/organisationen/${params.id}/angebote/${result.value.id}?angelegt=1`);
	}
};
