import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { fail, ok, type Result } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { applications } from '../schema';
import type { ApplicationStatus } from '../vocabulary';
import { ZOrganisationRef, ZStatusChange } from './contracts';
import { findOrganisationApplication, managesApplications } from './queries';

/**
 * Sets the organisation's status; a withdrawn application stays withdrawn (the volunteer's
 * decision). Shared by the status form and the reply form.
 */
export async function changeStatus(db: Db, tenantId: string, applicationId: string, status: ApplicationStatus): Promise<Result<null>> {
	const now = new Date();
	const changed = await db
		.update(applications)
		.set({ status, statusChangedAt: now, updatedAt: now })
		.where(and(eq(applications.tenantId, tenantId), eq(applications.id, applicationId), ne(applications.status, 'withdrawn'), ne(applications.status, status)))
		.returning({ id: applications.id });
	if (changed.length) return ok(null);
	const [row] = await db
		.select({ status: applications.status })
		.from(applications)
		.where(and(eq(applications.tenantId, tenantId), eq(applications.id, applicationId)));
	return row?.status === status ? ok(null) : fail('withdrawn');
}

export const setApplicationStatus = useCase({
	input: ZStatusChange,
	target: ZOrganisationRef,
	allowed: (ctx, { organisationId }) => managesApplications(ctx, organisationId),
	run: async (ctx, { organisationId, applicationId, status }) => {
		const found = await findOrganisationApplication(ctx.db, ctx.tenant.id, organisationId, applicationId);
		if (!found?.application.confirmedAt) return fail('not_found');
		return changeStatus(ctx.db, ctx.tenant.id, applicationId, status);
	}
});
