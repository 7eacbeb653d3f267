import { and, eq, sql } from 'drizzle-orm';
import { ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { consultations, volunteerProfiles } from '../schema';
import { ZAdviceConsent } from './contracts';

/**
 * "Ich möchte beraten werden", given with the consent box ticked or withdrawn. Given, the
 * coordinators see the person and their profile's answers; withdrawn, they no longer do, and what
 * the consultations said about the person is erased: only that they took place stays, for the
 * yearly figures. A profile is created with its defaults when there is none yet.
 */
export const setAdviceConsent = useCase({
	input: ZAdviceConsent,
	own: 'account.update',
	run: async (ctx, input) => {
		const { tenant, actor } = ctx;
		const consentAt = input.wantsAdvice ? new Date() : null;
		await ctx.db.transaction(async (tx) => {
			const [before] = await tx
				.select({ wantsAdvice: volunteerProfiles.wantsAdvice })
				.from(volunteerProfiles)
				.where(and(eq(volunteerProfiles.tenantId, tenant.id), eq(volunteerProfiles.accountId, actor.accountId)));
			// Asking again keeps the first consent's time: the list shows who waits longest.
			await tx
				.insert(volunteerProfiles)
				.values({ tenantId: tenant.id, accountId: actor.accountId, wantsAdvice: input.wantsAdvice, adviceConsentAt: consentAt })
				.onConflictDoUpdate({
					target: [volunteerProfiles.tenantId, volunteerProfiles.accountId],
					set: {
						wantsAdvice: input.wantsAdvice,
						adviceConsentAt: input.wantsAdvice ? sql`coalesce(${volunteerProfiles.adviceConsentAt}, now())` : null,
						updatedAt: new Date()
					}
				});
			if (!input.wantsAdvice) {
				await tx
					.update(consultations)
					.set({ topic: '', note: '' })
					.where(and(eq(consultations.tenantId, tenant.id), eq(consultations.accountId, actor.accountId)));
			}
			if ((before?.wantsAdvice ?? false) !== input.wantsAdvice) {
				const action = input.wantsAdvice ? 'engagement.advice_requested' : 'engagement.advice_withdrawn';
				await recordAudit(tx, actor, { action, entityType: 'account', entityId: actor.accountId, after: { wantsAdvice: input.wantsAdvice } });
			}
		});
		return ok(null);
	}
});
