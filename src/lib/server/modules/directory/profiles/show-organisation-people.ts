import type { Ctx } from '$lib/server/core/context';
import { fail, ok } from '$lib/server/core/result';
import { can } from '$lib/server/core/permissions';
import { listOrganisationMembers } from '$lib/server/core/accounts';
import { findOrganisation } from '../../../core/organisations/queries';
import { listOpenInvitations } from '../../../core/organisations/invitations';

/** The "Personen" page of an organisation: its members see who acts for it; owners and staff also see open invitations. */
export async function showOrganisationPeople(ctx: Ctx, organisationId: string) {
	const organisation = await findOrganisation(ctx.db, ctx.tenant.id, organisationId);
	if (!organisation || organisation.status === 'merged') return fail('not_found' as const);
	const target = { kind: 'organisation', tenantId: ctx.tenant.id, organisationId } as const;
	const manage = can(ctx.actor, 'organisation.members.manage', target);
	const isMember = ctx.actor.memberships.some((m) => m.organisationId === organisationId);
	if (!manage && !isMember) return fail('forbidden' as const);
	const [members, invitations] = await Promise.all([
		listOrganisationMembers(ctx.db, ctx.tenant.id, organisationId),
		manage ? listOpenInvitations(ctx, organisationId) : []
	]);
	return ok({ organisation: { id: organisation.id, name: organisation.name }, members, invitations, manage, self: ctx.actor.accountId });
}
