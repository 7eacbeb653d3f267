import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { notify } from '$lib/server/core/notifications';
import { applications } from '../schema';
import { ZOwnApplication, ZToken } from './contracts';
import { ACTIVE_STATUSES, applicantName, findOpportunity, organisationRecipients } from './queries';
import { guestApplicationByToken } from './guest-application';

/** Marks it withdrawn (only while it is active) and tells the organisation, if it ever heard of it. */
async function withdraw(db: Db, ctx: Pick<Ctx, 'tenant' | 'baseUrl'>, applicationId: string): Promise<Result<null>> {
	return db.transaction(async (tx) => {
		const now = new Date();
		const [row] = await tx
			.update(applications)
			.set({ status: 'withdrawn', statusChangedAt: now, updatedAt: now })
			.where(and(eq(applications.tenantId, ctx.tenant.id), eq(applications.id, applicationId), inArray(applications.status, ACTIVE_STATUSES)))
			.returning();
		if (!row) return fail('not_active');
		const opportunity = await findOpportunity(tx, ctx.tenant.id, row.opportunityId);
		if (row.confirmedAt && opportunity) {
			for (const { to, name } of await organisationRecipients(tx, ctx.tenant, opportunity.organisationId)) {
				await notify(tx, ctx, {
					kind: 'application_withdrawn',
					to,
					params: { name, opportunity: opportunity.title, applicant: applicantName(row) },
					link: `/netzwerk/organisationen/${opportunity.organisationId}/bewerbungen/${row.id}`
				});
			}
		}
		return ok(null);
	});
}

/** The volunteer withdraws one of her own applications (Mein Bereich → Meine Bewerbungen). */
export const withdrawMyApplication = useCase({
	input: ZOwnApplication,
	own: 'account.update',
	run: async (ctx, { applicationId }) => {
		const [mine] = await ctx.db
			.select({ id: applications.id })
			.from(applications)
			.where(and(eq(applications.tenantId, ctx.tenant.id), eq(applications.id, applicationId), eq(applications.accountId, ctx.actor.accountId)));
		if (!mine) return fail('not_found');
		return withdraw(ctx.db, ctx, mine.id);
	}
});

/** A guest withdraws by the link of the confirmation mail. */
export const withdrawGuestApplication = useCase({
	input: ZToken,
	allowed: () => true,
	run: async (ctx, { token }) => {
		const found = await guestApplicationByToken(ctx.db, ctx.tenant.id, token);
		if (!found?.application.confirmedAt) return fail('invalid_token');
		return withdraw(ctx.db, ctx, found.application.id);
	}
});
