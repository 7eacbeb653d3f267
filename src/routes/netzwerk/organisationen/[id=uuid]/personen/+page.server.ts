import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formFields, requireSignIn } from '$lib/server/core/http/guards';
import { can } from '$lib/server/core/permissions';
import { listOrganisationMembers, removeOrganisationMember, setOrganisationMember } from '$lib/server/core/accounts';
import { translate } from '$lib/i18n';
import { findOrganisation, inviteMember, listOpenInvitations } from '$lib/server/modules/directory';

export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	const { locals, params } = event;
	const org = await findOrganisation(locals.ctx.db, locals.tenant.id, params.id);
	if (!org || org.status === 'merged') error(404, { message: translate(locals.locale, 'error.not_found'), code: 'not_found' });
	const target = { kind: 'organisation', tenantId: locals.tenant.id, organisationId: org.id } as const;
	const isMember = locals.actor.memberships.some((m) => m.organisationId === org.id);
	const manage = can(locals.actor, 'organisation.members.manage', target);
	if (!manage && !isMember) error(403, { message: translate(locals.locale, 'error.forbidden'), code: 'forbidden' });
	const [members, invitations] = await Promise.all([listOrganisationMembers(locals.ctx.db, locals.tenant.id, org.id), listOpenInvitations(locals.ctx, org.id)]);
	return { organisation: { id: org.id, name: org.name }, members, invitations, manage, self: locals.actor.accountId };
};

const message = (error: string) => (error === 'last_owner' ? 'people.last_owner' : error === 'invalid' ? 'error.invalid_form' : 'error.forbidden');

export const actions: Actions = {
	role: async ({ request, locals, params }) => {
		const { accountId, role } = await formFields(request);
		const result = await setOrganisationMember(locals.ctx, { organisationId: params.id, accountId, role });
		if (!result.ok) return fail(400, { message: message(result.error) });
		return { saved: 'people.saved' };
	},
	remove: async ({ request, locals, params }) => {
		const { accountId } = await formFields(request);
		const result = await removeOrganisationMember(locals.ctx, { organisationId: params.id, accountId });
		if (!result.ok) return fail(400, { message: message(result.error) });
		if (accountId === locals.actor.accountId) redirect(303, `${locals.basePath}/netzwerk/organisationen/${params.id}?verlassen=1`);
		return { saved: 'people.saved' };
	},
	invite: async ({ request, locals, params }) => {
		const values = await formFields(request);
		const result = await inviteMember(locals.ctx, params.id, values);
		if (!result.ok) return fail(400, { invite: true, values, fields: result.fields, message: message(result.error) });
		return { saved: 'people.invited' };
	}
};
