import { and, asc, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { accountNames } from '$lib/server/core/accounts';
import { findOrganisation } from '$lib/server/core/organisations';
import { applicationNotes, replyTemplates } from '../schema';
import { ZOrganisationApplication, ZOrganisationRef } from './contracts';
import { applicantName, findOrganisationApplication, managesApplications } from './queries';

/** One application as its organisation sees it: what the person shared, the organisation's notes, and its reply templates. */
export const showApplication = useCase({
	input: ZOrganisationApplication,
	target: ZOrganisationRef,
	allowed: (ctx, { organisationId }) => managesApplications(ctx, organisationId),
	run: async (ctx, { organisationId, applicationId }) => {
		const found = await findOrganisationApplication(ctx.db, ctx.tenant.id, organisationId, applicationId);
		if (!found || !found.application.confirmedAt) return fail('not_found');
		const [organisation, notes, templates] = await Promise.all([
			findOrganisation(ctx.db, ctx.tenant.id, organisationId),
			ctx.db
				.select()
				.from(applicationNotes)
				.where(and(eq(applicationNotes.tenantId, ctx.tenant.id), eq(applicationNotes.applicationId, applicationId)))
				.orderBy(asc(applicationNotes.createdAt)),
			ctx.db
				.select({ id: replyTemplates.id, name: replyTemplates.name, text: replyTemplates.text })
				.from(replyTemplates)
				.where(and(eq(replyTemplates.tenantId, ctx.tenant.id), eq(replyTemplates.organisationId, organisationId)))
				.orderBy(asc(replyTemplates.name))
		]);
		const authors = await accountNames(
			ctx.db,
			ctx.tenant.id,
			notes.flatMap((n) => (n.authorId ? [n.authorId] : []))
		);
		const { application, opportunity } = found;
		return ok({
			organisation: { id: organisationId, name: organisation?.name ?? '' },
			opportunity,
			application: {
				id: application.id,
				name: applicantName(application),
				guest: application.accountId === null,
				status: application.status,
				message: application.message,
				sharedContact: application.sharedContact,
				confirmedAt: application.confirmedAt,
				statusChangedAt: application.statusChangedAt
			},
			notes: notes.map((n) => ({ id: n.id, text: n.text, createdAt: n.createdAt, author: n.authorId ? (authors.get(n.authorId)?.displayName ?? '') : '' })),
			templates
		});
	}
});
