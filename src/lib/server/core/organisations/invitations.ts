import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '$lib/server/core/context';
import type { Db } from '$lib/server/db/client';
import { fail, ok, type Result } from '$lib/server/core/result';
import { useCase, ZRef } from '$lib/server/core/use-case';
import { can } from '$lib/server/core/permissions';
import { recordAudit } from '$lib/server/core/audit';
import { notify } from '$lib/server/core/notifications';
import { newOneTimeToken, openTokenRow } from '$lib/server/core/accounts/tokens';
import { findAccountById } from '$lib/server/core/accounts';
import { setOrganisationMember } from '$lib/server/core/organisations';
import { ZEmail } from '$lib/server/core/accounts/contracts';
import { translate } from '$lib/i18n';
import { organisationInvitations } from './schema';
import { findOrganisation } from './queries';

const INVITATION_DAYS = 14;
/** An invitation is a one-time link that is used by accepting it. */
const invitationLinks = { ...organisationInvitations, usedAt: organisationInvitations.acceptedAt } as const;

const ZInvite = z.object({
	email: ZEmail,
	role: z.enum(['owner', 'editor'], { error: 'error.choose_one' })
});

/** A merged organisation only forwards to the one that stayed: nobody is invited to it. */
async function liveOrganisation(ctx: Ctx, organisationId: string) {
	const org = await findOrganisation(ctx.db, ctx.tenant.id, organisationId);
	return org && org.status !== 'merged' ? org : undefined;
}

/** An owner (or a coordinator) invites someone by e-mail to act for the organisation as owner or editor. */
export const inviteMember = useCase({
	target: z.object({ organisationId: ZRef }),
	input: ZInvite.extend({ organisationId: ZRef }),
	allowed: async (ctx, { organisationId }) => {
		if (!(await liveOrganisation(ctx, organisationId))) return 'not_found';
		return can(ctx.actor, 'organisation.members.manage', { kind: 'organisation', tenantId: ctx.tenant.id, organisationId });
	},
	run: async (ctx, { organisationId, email, role }) => {
		const org = await liveOrganisation(ctx, organisationId);
		if (!org) return fail('not_found');
		const inviter = ctx.actor.accountId ? await findAccountById(ctx.db, ctx.tenant.id, ctx.actor.accountId) : undefined;
		const { token, id, expiresAt } = newOneTimeToken(INVITATION_DAYS * 24 * 3600 * 1000);
		await ctx.db.transaction(async (tx) => {
			await tx.insert(organisationInvitations).values({
				tenantId: ctx.tenant.id,
				id,
				organisationId,
				email,
				role,
				invitedBy: ctx.actor.accountId,
				expiresAt
			});
			await notify(tx, ctx, {
				kind: 'organisation_invitation',
				to: { email, locale: ctx.locale },
				params: {
					inviter: inviter?.displayName ?? ctx.tenant.officeName,
					organisation: org.name,
					role: translate(ctx.locale, role === 'owner' ? 'role.owner' : 'role.editor'),
					link: `${ctx.baseUrl}/einladung?token=${token}`
				}
			});
			await recordAudit(tx, ctx.actor, { action: 'membership.invited', entityType: 'organisation', entityId: organisationId, after: { role } });
		});
		return ok(null);
	}
});

async function openInvitation(db: Db, tenantId: string, token: string) {
	const [row] = await db
		.select()
		.from(organisationInvitations)
		.where(openTokenRow(invitationLinks, tenantId, token));
	return row;
}

/** What the invitation page shows before the person accepts. */
export async function describeInvitation(ctx: Ctx, token: string) {
	const invitation = await openInvitation(ctx.db, ctx.tenant.id, token);
	const org = invitation && (await findOrganisation(ctx.db, ctx.tenant.id, invitation.organisationId));
	return invitation && org ? { organisationId: org.id, organisationName: org.name, role: invitation.role, email: invitation.email } : null;
}

/** The invited person, signed in with the invited address, becomes owner or editor. */
export async function acceptInvitation(ctx: Ctx, token: string): Promise<Result<{ organisationId: string }, 'forbidden' | 'invalid_token' | 'wrong_account'>> {
	if (!ctx.actor.accountId) return fail('forbidden');
	const invitation = await openInvitation(ctx.db, ctx.tenant.id, token);
	if (!invitation) return fail('invalid_token');
	const account = await findAccountById(ctx.db, ctx.tenant.id, ctx.actor.accountId);
	if (!account || account.email !== invitation.email) return fail('wrong_account');
	return ctx.db.transaction(async (tx) => {
		await tx
			.update(organisationInvitations)
			.set({ acceptedAt: new Date() })
			.where(and(eq(organisationInvitations.tenantId, ctx.tenant.id), eq(organisationInvitations.id, invitation.id)));
		const added = await setOrganisationMember({ ...ctx, db: tx }, { organisationId: invitation.organisationId, accountId: account.id, role: invitation.role }, { invited: true });
		// Already an owner who was invited as editor: keep the stronger role rather than fail.
		if (!added.ok && added.error !== 'last_owner') throw new Error(`accepting invitation failed: ${added.error}`);
		return ok({ organisationId: invitation.organisationId });
	});
}

export async function listOpenInvitations(ctx: Ctx, organisationId: string) {
	if (!can(ctx.actor, 'organisation.members.manage', { kind: 'organisation', tenantId: ctx.tenant.id, organisationId })) return [];
	return ctx.db
		.select({ email: organisationInvitations.email, role: organisationInvitations.role, expiresAt: organisationInvitations.expiresAt })
		.from(organisationInvitations)
		.where(
			and(
				eq(organisationInvitations.tenantId, ctx.tenant.id),
				eq(organisationInvitations.organisationId, organisationId),
				isNull(organisationInvitations.acceptedAt),
				gt(organisationInvitations.expiresAt, new Date())
			)
		);
}
