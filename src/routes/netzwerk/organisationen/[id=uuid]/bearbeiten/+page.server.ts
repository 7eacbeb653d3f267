import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formData, formFields, formValues, requireSignIn } from '$lib/server/core/http/guards';
import { can } from '$lib/server/core/permissions';
import { translate } from '$lib/i18n';
import {
	addPlace,
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
import { statusOf } from '$lib/server/core/http/results';
import { stateView } from '$lib/components/map/view';

export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	const { locals, params } = event;
	const found = await loadOrganisationForEditing(locals.ctx, params.id);
	if (!found.ok) error(found.error === 'forbidden' ? 403 : 404, { message: translate(locals.locale, `error.${found.error}`), code: found.error });
	const target = { kind: 'organisation', tenantId: locals.tenant.id, organisationId: params.id } as const;
	const [categories, areas] = await Promise.all([listCategories(locals.ctx.db, locals.tenant.id), mapAreas(locals.ctx.db, locals.tenant.id)]);
	return {
		...found.value,
		categories: categories.map((c) => ({ id: c.id, label: locals.locale === 'en' ? c.nameEn : c.nameDe })),
		vocabulary: formVocabulary,
		staff: can(locals.actor, 'directory.manage', { kind: 'tenant', tenantId: locals.tenant.id }),
		mayArchive: can(locals.actor, 'organisation.archive', target),
		mayManageMembers: can(locals.actor, 'organisation.members.manage', target),
		// The pin picker's map: the districts for orientation, the Bundesland where nothing else helps.
		map: { tiles: mapTiles(locals.tenant, new URL(locals.ctx.baseUrl)), areas: areas.map((a) => ({ name: a.name, geometry: a.geometry })), view: stateView(locals.tenant.state) }
	};
};

export const actions: Actions = {
	profile: async ({ request, locals, params }) => {
		const values = await formValues(request);
		const result = await updateOrganisation(locals.ctx, params.id, organisationInputFromForm(values));
		if (!result.ok) return fail(result.error === 'invalid' ? 400 : 403, { form: 'profile', values, fields: result.fields, message: 'error.invalid_form' });
		return { form: 'profile', saved: result.value.resubmitted ? 'edit.resubmitted' : 'edit.saved' };
	},
	logo: async ({ request, locals, params }) => {
		const upload = (await formData(request)).get('logo');
		const data = upload instanceof File ? new Uint8Array(await upload.arrayBuffer()) : new Uint8Array();
		const result = await setOrganisationLogo(locals.ctx, params.id, { data });
		if (!result.ok) return fail(result.error === 'invalid' ? 400 : 403, { form: 'logo', fields: result.fields, message: result.error === 'invalid' ? 'error.invalid_form' : 'error.forbidden' });
		return { form: 'logo', saved: 'edit.logo_saved' };
	},
	removeLogo: async ({ locals, params }) => {
		const result = await setOrganisationLogo(locals.ctx, params.id, { remove: true });
		if (!result.ok) return fail(403, { form: 'logo', message: 'error.forbidden' });
		return { form: 'logo', saved: 'edit.logo_removed' };
	},
	addPlace: async ({ request, locals, params }) => {
		const values = await formValues(request);
		const result = await addPlace(locals.ctx, params.id, values);
		if (!result.ok) return fail(result.error === 'invalid' ? 400 : 403, { form: 'place-new', values, fields: result.fields, message: 'error.invalid_form' });
		return { form: 'place-new', saved: result.value.located ? 'edit.place_added' : 'edit.place_not_located' };
	},
	updatePlace: async ({ request, locals, params }) => {
		const values = await formValues(request);
		const placeId = String(values.placeId ?? '');
		const result = await updatePlace(locals.ctx, params.id, placeId, values);
		// A place that is gone (or a forged id) has no form of its own on the page: the notice goes above the places.
		if (!result.ok) return fail(statusOf(result.error).status, { form: result.error === 'not_found' ? 'places' : `place-${placeId}`, values, fields: result.fields, message: statusOf(result.error).message });
		return { form: `place-${placeId}`, saved: result.value.located ? 'edit.place_added' : 'edit.place_not_located' };
	},
	removePlace: async ({ request, locals, params }) => {
		const { placeId } = await formFields(request);
		const result = await removePlace(locals.ctx, params.id, placeId ?? '');
		if (!result.ok) return fail(statusOf(result.error).status, { form: 'places', message: statusOf(result.error).message });
		return { form: 'places', saved: 'edit.place_removed' };
	},
	archive: async ({ locals, params }) => {
		const result = await setOrganisationArchived(locals.ctx, params.id, true);
		if (!result.ok) return fail(403, { form: 'archive', message: 'error.forbidden' });
		return { form: 'archive', saved: 'edit.archived' };
	},
	restore: async ({ locals, params }) => {
		const result = await setOrganisationArchived(locals.ctx, params.id, false);
		if (!result.ok) return fail(403, { form: 'archive', message: 'error.forbidden' });
		return { form: 'archive', saved: 'edit.restored' };
	}
};
