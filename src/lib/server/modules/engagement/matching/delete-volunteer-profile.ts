import { and, eq } from 'drizzle-orm';
import { ZNoInput, useCase } from '$lib/server/core/use-case';
import { ok } from '$lib/server/core/result';
import { volunteerProfiles } from '../schema';

/** Deletes her own volunteer profile, a request for advice with it; the account stays. */
export const deleteVolunteerProfile = useCase({
	input: ZNoInput,
	own: 'volunteer_profile.edit',
	run: async (ctx) => {
		await ctx.db.delete(volunteerProfiles).where(and(eq(volunteerProfiles.tenantId, ctx.tenant.id), eq(volunteerProfiles.accountId, ctx.actor.accountId)));
		return ok({ deleted: true });
	}
});
