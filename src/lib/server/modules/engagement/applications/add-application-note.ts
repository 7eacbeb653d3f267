import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { applicationNotes } from '../schema';
import { ZNote, ZOrganisationRef } from './contracts';
import { findOrganisationApplication, managesApplications } from './queries';

/** A note on an application; only the organisation's people (and the office) ever see it. */
export const addApplicationNote = useCase({
	input: ZNote,
	target: ZOrganisationRef,
	allowed: (ctx, { organisationId }) => managesApplications(ctx, organisationId),
	run: async (ctx, { organisationId, applicationId, text }) => {
		const found = await findOrganisationApplication(ctx.db, ctx.tenant.id, organisationId, applicationId);
		if (!found?.application.confirmedAt) return fail('not_found');
		const [note] = await ctx.db.insert(applicationNotes).values({ tenantId: ctx.tenant.id, applicationId, authorId: ctx.actor.accountId, text }).returning({ id: applicationNotes.id });
		return ok({ id: note.id });
	}
});
