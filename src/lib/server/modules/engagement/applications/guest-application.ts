import { and, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { fail, ok, type Result } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { hashToken } from '$lib/server/core/accounts/tokens';
import { organisations } from '../../../core/organisations/schema';
import { applications, opportunities } from '../schema';
import { ZToken } from './contracts';
import { tellOrganisation } from './apply';

/** Days a guest has to open the confirmation link; unconfirmed applications are deleted after that. */
export const CONFIRM_DAYS = 7;
const DAY = 24 * 3600 * 1000;

/** The guest's application by the secret of the mailed link, with what the page shows. */
async function byToken(db: Db, tenantId: string, token: string) {
	if (token.length < 10 || token.length > 100) return undefined;
	const [row] = await db
		.select({
			application: applications,
			opportunity: { id: opportunities.id, title: opportunities.title, organisationId: opportunities.organisationId, status: opportunities.status },
			organisation: organisations.name
		})
		.from(applications)
		.innerJoin(opportunities, and(eq(opportunities.tenantId, applications.tenantId), eq(opportunities.id, applications.opportunityId)))
		.innerJoin(organisations, and(eq(organisations.tenantId, opportunities.tenantId), eq(organisations.id, opportunities.organisationId)))
		.where(and(eq(applications.tenantId, tenantId), eq(applications.confirmTokenHash, hashToken(token))));
	return row;
}

export interface GuestApplicationView {
	id: string;
	opportunity: { id: string; title: string; published: boolean };
	organisation: string;
	status: (typeof applications.$inferSelect)['status'];
	message: string;
	sharedContact: (typeof applications.$inferSelect)['sharedContact'];
	createdAt: Date;
	/** True on the visit that confirmed it. */
	justConfirmed: boolean;
}

const view = (row: NonNullable<Awaited<ReturnType<typeof byToken>>>, justConfirmed: boolean): GuestApplicationView => ({
	id: row.application.id,
	opportunity: { id: row.opportunity.id, title: row.opportunity.title, published: row.opportunity.status === 'published' },
	organisation: row.organisation,
	status: row.application.status,
	message: row.application.message,
	sharedContact: row.application.sharedContact,
	createdAt: row.application.createdAt,
	justConfirmed
});

/**
 * Opening the link mailed to a guest: the first time it confirms the address and tells the
 * organisation; afterwards the same link shows the application and lets the guest withdraw it
 * (the link is the guest's key: only its SHA-256 is stored).
 */
export const confirmApplication = useCase({
	input: ZToken,
	allowed: () => true,
	run: async (ctx, { token }): Promise<Result<GuestApplicationView>> => {
		const found = await byToken(ctx.db, ctx.tenant.id, token);
		if (!found) return fail('invalid_token');
		if (found.application.confirmedAt) return ok(view(found, false));
		if (found.application.createdAt.getTime() < Date.now() - CONFIRM_DAYS * DAY) return fail('invalid_token');
		return ctx.db.transaction(async (tx) => {
			const now = new Date();
			const [confirmed] = await tx
				.update(applications)
				.set({ confirmedAt: now, statusChangedAt: now, updatedAt: now })
				.where(and(eq(applications.tenantId, ctx.tenant.id), eq(applications.id, found.application.id), eq(applications.status, 'new')))
				.returning();
			if (!confirmed) return fail('invalid_token');
			await tellOrganisation(tx, ctx, confirmed, found.opportunity);
			return ok(view({ ...found, application: confirmed }, true));
		});
	}
});

/** The guest looks at the application again by the link, without confirming anything. */
export const showGuestApplication = useCase({
	input: ZToken,
	allowed: () => true,
	run: async (ctx, { token }): Promise<Result<GuestApplicationView>> => {
		const found = await byToken(ctx.db, ctx.tenant.id, token);
		return found?.application.confirmedAt ? ok(view(found, false)) : fail('invalid_token');
	}
});

export { byToken as guestApplicationByToken };
