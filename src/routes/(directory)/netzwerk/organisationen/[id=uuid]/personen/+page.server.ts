import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formFields } from '$lib/server/core/http/guards';
import { statusOf, valueOrError } from '$lib/server/core/http/results';
import { removeOrganisationMember, setOrganisationMember } from '$lib/server/core/organisations';
import { showOrganisationPeople } from '$lib/server/modules/directory';
import { inviteMember } from '$lib/server/core/organisations';

export const load: PageServerLoad = async ({ locals, params }) => valueOrError(await showOrganisationPeople(locals.ctx, { organisationId: params.id }), locals.locale);

const messages: Record<string, string> = { last_owner: 'people.last_owner', invalid: 'error.invalid_form', not_found: 'error.not_found' };
const message = (error: string) => messages[error] ?? 'error.forbidden';

export const actions: Actions = {
	role: async ({ request, locals, params }) => {
		const { accountId, role } = await formFields(request);
		const result = await setOrganisationMember(locals.ctx, { organisationId: params.id, accountId, role });
		if (!result.ok) return fail(statusOf(result.error).status, { message: message(result.error) });
		return { saved: 'people.saved' };
	},
	remove: async ({ request, locals, params }) => {
		const { accountId } = await formFields(request);
		const result = await removeOrganisationMember(locals.ctx, { organisationId: params.id, accountId });
		if (!result.ok) return fail(statusOf(result.error).status, { message: message(result.error) });
		if (accountId === locals.actor.accountId) redirect(303, `${locals.basePath}/netzwerk/organisationen/${params.id}?verlassen=1`);
		return { saved: 'people.saved' };
	},
	invite: async ({ request, locals, params }) => {
		const values = await formFields(request);
		const result = await inviteMember(locals.ctx, { ...values, organisationId: params.id });
		if (!result.ok) return fail(statusOf(result.error).status, { invite: true, values, fields: result.fields, message: message(result.error) });
		return { saved: 'people.invited' };
	}
};
