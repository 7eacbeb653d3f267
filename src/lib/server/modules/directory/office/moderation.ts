import { and, eq } from 'drizzle-orm';
import type { ModerationSubject } from '$lib/server/core/moderation';
import { organisations } from '../../../core/organisations/schema';
import { findOrganisation } from '../../../core/organisations/queries';

const statusFor = { approved: 'published', rejected: 'rejected', changes_requested: 'changes_requested' } as const;

/** Proposed organisations wait for a coordinator before they are published. */
export const organisationModeration: ModerationSubject = {
	async describe(db, tenantId, id) {
		const org = await findOrganisation(db, tenantId, id);
		return org ? { title: org.name, href: `/netzwerk/organisationen/${id}`, editHref: `/netzwerk/organisationen/${id}/bearbeiten` } : null;
	},
	async decide(db, ctx, id, decision) {
		await db
			.update(organisations)
			.set({ status: statusFor[decision], updatedAt: new Date(), ...(decision === 'approved' ? { confirmedAt: new Date() } : {}) })
			.where(and(eq(organisations.tenantId, ctx.tenant.id), eq(organisations.id, id)));
	}
};
