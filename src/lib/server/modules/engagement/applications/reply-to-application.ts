import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { notify } from '$lib/server/core/notifications';
import { findOrganisation } from '$lib/server/core/organisations';
import { ZOrganisationRef, ZReply } from './contracts';
import { applicantName, applicantRecipient, findOrganisationApplication, managesApplications } from './queries';
import { changeStatus } from './set-application-status';

/**
 * The organisation answers: its text (from a template, edited or not) is mailed to the applicant
 * through the notifications, and the status changes with it when one is chosen. Answering a new
 * application without choosing moves it to "in Kontakt": it has been answered.
 */
export const replyToApplication = useCase({
	input: ZReply,
	target: ZOrganisationRef,
	allowed: (ctx, { organisationId }) => managesApplications(ctx, organisationId),
	run: async (ctx, { organisationId, applicationId, text, status }) => {
		const found = await findOrganisationApplication(ctx.db, ctx.tenant.id, organisationId, applicationId);
		if (!found?.application.confirmedAt) return fail('not_found');
		const { application, opportunity } = found;
		if (application.status === 'withdrawn') return fail('withdrawn');
		const to = applicantRecipient(application, ctx.tenant);
		if (!to) return fail('not_found');
		const organisation = await findOrganisation(ctx.db, ctx.tenant.id, organisationId);
		return ctx.db.transaction(async (tx) => {
			const next = status || (application.status === 'new' ? 'in_contact' : '');
			if (next) {
				const changed = await changeStatus(tx, ctx.tenant.id, applicationId, next);
				if (!changed.ok) return changed;
			}
			await notify(tx, ctx, {
				kind: 'application_reply',
				to,
				params: { name: applicantName(application), opportunity: opportunity.title, organisation: organisation?.name ?? '', text },
				...(application.accountId ? { link: '/mein-bereich/bewerbungen' } : {})
			});
			return ok({ status: next || application.status });
		});
	}
});
