import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { translate } from '$lib/i18n';
import { formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import type { Result } from '$lib/server/core/result';
import {
	addWalkStop,
	deleteWalk,
	findWalk,
	listWalkStops,
	moveWalkStop,
	removeWalkStop,
	setWalkPublished,
	staticMap,
	updateWalk,
	updateWalkStop,
	walkPlaceOptions
} from '$lib/server/modules/directory';
import { queryValue } from '$lib/server/core/http/query';

/** The route preview's proportions; the page scales it. */
const PREVIEW_SIZE = { width: 800, height: 500 };

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'directory.manage');
	const { locals, params } = event;
	const walk = await findWalk(locals.ctx.db, locals.tenant.id, params.id);
	if (!walk) error(404, { message: translate(locals.locale, 'error.not_found'), code: 'not_found' });
	const q = (queryValue(event.url, 'ort') ?? '').trim().slice(0, 100);
	const [stops, places, allPlaces] = await Promise.all([
		listWalkStops(locals.ctx.db, locals.tenant.id, walk.id),
		walkPlaceOptions(locals.ctx.db, locals.tenant.id, q),
		q ? walkPlaceOptions(locals.ctx.db, locals.tenant.id) : null
	]);
	const located = stops.flatMap((s, i) => (s.lat !== null && s.lng !== null ? [{ number: i + 1, lat: s.lat, lng: s.lng }] : []));
	return {
		q,
		allPlaceCount: allPlaces?.length ?? places.length,
		preview: staticMap(located, { ...PREVIEW_SIZE, route: true }),
		walk: { id: walk.id, title: walk.title, slug: walk.slug, targetGroup: walk.targetGroup, description: walk.description, durationMinutes: String(walk.durationMinutes), published: walk.published },
		stops,
		places
	};
};

/** Turns a use case's answer into the page's: 404 for an unknown walk or stop, 403, or the errors next to the fields. */
function answer(event: RequestEvent, form: string, result: Result<unknown>, values: Record<string, string>, done: string) {
	if (result.ok) return { form, done };
	if (result.error === 'not_found') error(404, { message: translate(event.locals.locale, 'error.not_found'), code: 'not_found' });
	return fail(result.error === 'forbidden' ? 403 : 400, { form, values, fields: result.fields ?? {} });
}

export const actions: Actions = {
	details: async (event) => {
		const fields = await formFields(event.request);
		return answer(event, 'details', await updateWalk(event.locals.ctx, { ...fields, walkId: event.params.id }), fields, 'map.walk_saved');
	},
	publish: async (event) => answer(event, 'status', await setWalkPublished(event.locals.ctx, { walkId: event.params.id, published: true }), {}, 'map.walk_published_done'),
	unpublish: async (event) => answer(event, 'status', await setWalkPublished(event.locals.ctx, { walkId: event.params.id, published: false }), {}, 'map.walk_unpublished_done'),
	delete: async (event) => {
		const fields = await formFields(event.request);
		if (fields.confirm !== 'on') return fail(400, { form: 'delete', values: {}, fields: { confirm: 'error.confirm_required' } });
		const result = await deleteWalk(event.locals.ctx, { walkId: event.params.id });
		if (!result.ok) return answer(event, 'delete', result, {}, '');
		redirect(303, `${event.locals.basePath}/koordination/spaziergaenge?geloescht=1`);
	},
	addStop: async (event) => {
		const fields = await formFields(event.request);
		return answer(event, 'addStop', await addWalkStop(event.locals.ctx, { ...fields, walkId: event.params.id }), fields, 'map.stop_added');
	},
	stopText: async (event) => {
		const fields = await formFields(event.request);
		const result = await updateWalkStop(event.locals.ctx, { ...fields, walkId: event.params.id });
		return answer(event, `stop-${fields.position}`, result, fields, 'map.stop_saved');
	},
	stopMove: async (event) => {
		const fields = await formFields(event.request);
		const direction = fields.direction === 'up' ? 'up' : 'down';
		const result = await moveWalkStop(event.locals.ctx, { walkId: event.params.id, position: fields.position, direction });
		return answer(event, 'stops', result, {}, 'map.stop_moved');
	},
	stopRemove: async (event) => {
		const { position } = await formFields(event.request);
		return answer(event, 'stops', await removeWalkStop(event.locals.ctx, { walkId: event.params.id, position }), {}, 'map.stop_removed');
	}
};
