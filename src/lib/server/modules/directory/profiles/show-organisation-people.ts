import { fail, ok } from '$lib/server/core/result';
import { can } from '$lib/server/core/permissions';
import { useCase } from '$lib/server/core/use-case';
import type { Ctx } from '$lib/server/core/context';
import { listOrganisationMembers } from '$lib/server/core/accounts';
import { listOpenInvitations } from '../../../core/organisations/invitations';
import { ZOrganisationRef } from '../contracts';
import { liveOrganisation, organisationTarget } from './organisation-access';

const manages = (ctx: Ctx, organisationId: string) => can(ctx.actor, 'organisation.members.manage', organisationTarget(ctx, organisationId));
const isMember = (ctx: Ctx, organisationId: string) => ctx.actor.memberships.some((m) => m.organisationId === organisationId);

/** The "Personen" page of an organisation: its members see who acts for it; owners and staff also see open invitations. */
export const showOrganisationPeople = useCase({
	input: ZOrganisationRef,
	allowed: async (ctx, { organisationId }) => {
		if (!(await liveOrganisation(ctx, organisationId))) return 'not_found';
		return manages(ctx, organisationId) || isMember(ctx, organisationId);
	},
	run: async (ctx, { organisationId }) => {
		const organisation = await liveOrganisation(ctx, organisationId);
		if (!organisation) return fail('not_found');
		const manage = manages(ctx, organisationId);
		const [members, invitations] = await Promise.all([listOrganisationMembers(ctx.db, ctx.tenant.id, organisationId), manage ? listOpenInvitations(ctx, organisationId) : []]);
		return ok({ organisation: { id: organisation.id, name: organisation.name }, members, invitations, manage, self: ctx.actor.accountId });
	}
});
