import type { Actions, PageServerLoad } from './$types';
import { formData, formFields, formValues, requireSignIn, valuesOf } from '$lib/server/core/http/guards';
import { can } from '$lib/server/core/permissions';
import {
	addPlace,
	describeOrganisationArchiving,
	describePlaceRemoval,
	formVocabulary,
	listCategories,
	loadOrganisationForEditing,
	mapAreas,
	organisationInputFromForm,
	removePlace,
	setOrganisationArchived,
	setOrganisationLogo,
	updateOrganisation,
	updatePlace
} from '$lib/server/modules/directory';
import { mapTiles } from '$lib/server/core/http/map-tiles';
import { failAction, valueOrError } from '$lib/server/core/http/results';
import { stateView } from '$lib/components/map/view';
import { localName } from '$lib/i18n/localised';
import { allBrowserMessages } from '$lib/i18n/browser-messages';
import { confirmFirst, counted, isConfirmed } from '$lib/components/forms/confirm';

// The pin picker of the place form needs the browser: this page keeps its JavaScript.
export const csr = true;

export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	const { locals, params } = event;
	const found = await loadOrganisationForEditing(locals.ctx, { organisationId: params.id });
	const editing = valueOrError(found, locals.locale);
	const target = { kind: 'organisation', tenantId: locals.tenant.id, organisationId: params.id } as const;
	const [categories, areas] = await Promise.all([listCategories(locals.ctx.db, locals.tenant.id), mapAreas(locals.ctx.db, locals.tenant.id)]);
	return {
		...editing,
		categories: categories.map((c) => ({ id: c.id, label: localName(c, locals.locale) })),
		vocabulary: formVocabulary,
		staff: can(locals.actor, 'directory.manage', { kind: 'tenant', tenantId: locals.tenant.id }),
		mayArchive: can(locals.actor, 'organisation.archive', target),
		mayManageMembers: can(locals.actor, 'organisation.members.manage', target),
		// The pin picker's map: the districts for orientation, the Bundesland where nothing else helps.
		map: { tiles: mapTiles(locals.tenant, new URL(locals.ctx.baseUrl)), areas: areas.map((a) => ({ name: a.name, geometry: a.geometry })), view: stateView(locals.tenant.state) },
		messages: allBrowserMessages(locals.locale)
	};
};

export const actions: Actions = {
	profile: async ({ request, locals, params }) => {
		const values = await formValues(request);
		const result = await updateOrganisation(locals.ctx, { ...organisationInputFromForm(values), organisationId: params.id });
		if (!result.ok) return failAction(result, { form: 'profile', values });
		return { form: 'profile', saved: result.value.resubmitted ? 'edit.resubmitted' : 'edit.saved' };
	},
	// The logo's buttons belong to the profile form: its fields come along and are shown again as typed, not saved.
	logo: async ({ request, locals, params }) => {
		const sent = await formData(request);
		const values = valuesOf(sent);
		const upload = sent.get('logo');
		const data = upload instanceof File ? new Uint8Array(await upload.arrayBuffer()) : new Uint8Array();
		const result = await setOrganisationLogo(locals.ctx, { organisationId: params.id, logo: { data } });
		if (!result.ok) return failAction(result, { form: 'logo', values });
		return { form: 'logo', saved: 'edit.logo_saved', values };
	},
	removeLogo: async ({ request, locals, params }) => {
		const values = await formValues(request);
		if (!isConfirmed(values)) {
			const name = valueOrError(await loadOrganisationForEditing(locals.ctx, { organisationId: params.id }), locals.locale).organisation.name;
			return {
				form: 'logo',
				values,
				...confirmFirst({ action: '?/removeLogo', question: 'forms.logo_question', submit: 'edit.logo_remove', params: { name }, consequences: [{ message: 'forms.logo_gone' }], fields: values })
			};
		}
		const result = await setOrganisationLogo(locals.ctx, { organisationId: params.id, logo: { remove: true } });
		if (!result.ok) return failAction(result, { form: 'logo', values });
		return { form: 'logo', saved: 'edit.logo_removed', values };
	},
	addPlace: async ({ request, locals, params }) => {
		const values = await formValues(request);
		const result = await addPlace(locals.ctx, { ...values, organisationId: params.id });
		if (!result.ok) return failAction(result, { form: 'place-new', values });
		return { form: 'place-new', saved: result.value.located ? 'edit.place_added' : 'edit.place_not_located' };
	},
	updatePlace: async ({ request, locals, params }) => {
		const values = await formValues(request);
		const placeId = String(values.placeId ?? '');
		const result = await updatePlace(locals.ctx, { ...values, organisationId: params.id });
		// A place that is gone (or a forged id) has no form of its own on the page: the notice goes above the places.
		if (!result.ok) return failAction(result, { form: result.error === 'not_found' ? 'places' : `place-${placeId}`, values });
		return { form: `place-${placeId}`, saved: result.value.located ? 'edit.place_added' : 'edit.place_not_located' };
	},
	removePlace: async ({ request, locals, params }) => {
		const fields = await formFields(request);
		const { placeId } = fields;
		if (!isConfirmed(fields)) {
			const found = await describePlaceRemoval(locals.ctx, { organisationId: params.id, placeId });
			if (!found.ok) return failAction(found, { form: 'places' });
			const consequences = [{ message: 'forms.place_gone' } as const, ...counted('forms.place_walks', found.value.walks)];
			return {
				form: 'places',
				...confirmFirst({ action: '?/removePlace', question: 'forms.place_question', submit: 'edit.remove_place', params: { name: found.value.name }, consequences, fields: { placeId } })
			};
		}
		const result = await removePlace(locals.ctx, { organisationId: params.id, placeId });
		if (!result.ok) return failAction(result, { form: 'places' });
		return { form: 'places', saved: 'edit.place_removed' };
	},
	archive: async ({ request, locals, params }) => {
		if (!isConfirmed(await formFields(request))) {
			const found = await describeOrganisationArchiving(locals.ctx, { organisationId: params.id });
			if (!found.ok) return failAction(found, { form: 'archive' });
			const { name } = found.value;
			const consequences = [
				{ message: 'forms.archive_hidden' } as const,
				...counted('forms.archive_places', found.value.places),
				...counted('forms.archive_walks', found.value.walks),
				{ message: 'forms.archive_restorable' } as const
			];
			return { form: 'archive', ...confirmFirst({ action: '?/archive', question: 'forms.archive_question', submit: 'edit.archive', params: { name }, consequences, fields: {} }) };
		}
		const result = await setOrganisationArchived(locals.ctx, { organisationId: params.id, archived: true });
		if (!result.ok) return failAction(result, { form: 'archive' });
		return { form: 'archive', saved: 'edit.archived' };
	},
	restore: async ({ locals, params }) => {
		const result = await setOrganisationArchived(locals.ctx, { organisationId: params.id, archived: false });
		if (!result.ok) return failAction(result, { form: 'archive' });
		return { form: 'archive', saved: 'edit.restored' };
	}
};
