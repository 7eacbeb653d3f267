import { and, eq, inArray } from 'drizzle-orm';
import type { ModerationSubject } from '$lib/server/core/moderation';
import { organisations } from '../../../core/organisations/schema';

const statusFor = { approved: 'published', rejected: 'rejected', changes_requested: 'changes_requested' } as const;

/** Proposed organisations wait for a coordinator before they are published. */
export const organisationModeration: ModerationSubject = {
	async describe(db, tenantId, ids) {
		const rows = ids.length
			? await db
					.select({ id: organisations.id, name: organisations.name })
					.from(organisations)
					.where(and(eq(organisations.tenantId, tenantId), inArray(organisations.id, ids)))
			: [];
		return new Map(rows.map((o) => [o.id, { title: o.name, href: `/netzwerk/organisationen/${o.id}`, editHref: `/netzwerk/organisationen/${o.id}/bearbeiten` }]));
	},
	async decide(db, ctx, id, decision) {
		await db
			.update(organisations)
			.set({ status: statusFor[decision], updatedAt: new Date(), ...(decision === 'approved' ? { confirmedAt: new Date() } : {}) })
			.where(and(eq(organisations.tenantId, ctx.tenant.id), eq(organisations.id, id)));
	}
};
