import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
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
	updateWalk,
	updateWalkStop,
	walkPlaceOptions
} from '$lib/server/modules/directory';

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'directory.manage');
	const { locals, params } = event;
	const walk = await findWalk(locals.ctx.db, locals.tenant.id, params.id);
	if (!walk) error(404, { message: translate(locals.locale, 'error.not_found'), code: 'not_found' });
	const [stops, places] = await Promise.all([listWalkStops(locals.ctx.db, locals.tenant.id, walk.id), walkPlaceOptions(locals.ctx.db, locals.tenant.id)]);
	return {
		walk: { id: walk.id, title: walk.title, slug: walk.slug, targetGroup: walk.targetGroup, description: walk.description, durationMinutes: String(walk.durationMinutes), published: walk.published },
		stops,
		places
	};
};

const ZPosition = z.coerce.number().int().min(1).max(1000);

/** Turns a use case's answer into the page's: 404 for an unknown walk or stop, 403, or the errors next to the fields. */
function answer(event: RequestEvent, form: string, result: Result<unknown>, values: Record<string, string>, done: string) {
	if (result.ok) return { form, done };
	if (result.error === 'not_found') error(404, { message: translate(event.locals.locale, 'error.not_found'), code: 'not_found' });
	return fail(result.error === 'forbidden' ? 403 : 400, { form, values, fields: result.fields ?? {} });
}

async function position(event: RequestEvent): Promise<{ fields: Record<string, string>; position: number }> {
	const fields = await formFields(event.request);
	const parsed = ZPosition.safeParse(fields.position);
	if (!parsed.success) error(404, { message: translate(event.locals.locale, 'error.not_found'), code: 'not_found' });
	return { fields, position: parsed.data };
}

export const actions: Actions = {
	details: async (event) => {
		const fields = await formFields(event.request);
		return answer(event, 'details', await updateWalk(event.locals.ctx, event.params.id, fields), fields, 'map.walk_saved');
	},
	publish: async (event) => answer(event, 'status', await setWalkPublished(event.locals.ctx, event.params.id, true), {}, 'map.walk_published_done'),
	unpublish: async (event) => answer(event, 'status', await setWalkPublished(event.locals.ctx, event.params.id, false), {}, 'map.walk_unpublished_done'),
	delete: async (event) => {
		const fields = await formFields(event.request);
		if (fields.confirm !== 'on') return fail(400, { form: 'delete', values: {}, fields: { confirm: 'error.confirm_required' } });
		const result = await deleteWalk(event.locals.ctx, event.params.id);
		if (!result.ok) return answer(event, 'delete', result, {}, '');
		redirect(303, `${event.locals.basePath}/koordination/spaziergaenge?geloescht=1`);
	},
	addStop: async (event) => {
		const fields = await formFields(event.request);
		return answer(event, 'addStop', await addWalkStop(event.locals.ctx, event.params.id, fields), fields, 'map.stop_added');
	},
	stopText: async (event) => {
		const { fields, position: at } = await position(event);
		const result = await updateWalkStop(event.locals.ctx, event.params.id, at, fields);
		return answer(event, `stop-${at}`, result, fields, 'map.stop_saved');
	},
	stopMove: async (event) => {
		const { fields, position: at } = await position(event);
		const result = await moveWalkStop(event.locals.ctx, event.params.id, at, fields.direction === 'up' ? 'up' : 'down');
		return answer(event, 'stops', result, {}, 'map.stop_moved');
	},
	stopRemove: async (event) => {
		const { position: at } = await position(event);
		return answer(event, 'stops', await removeWalkStop(event.locals.ctx, event.params.id, at), {}, 'map.stop_removed');
	}
};
