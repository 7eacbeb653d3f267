import { and, eq, inArray } from 'drizzle-orm';
import type { ModerationSubject } from '$lib/server/core/moderation';
import { opportunities } from '../schema';
import { settingsOf } from '../settings';
import { publication } from './transition';

export const opportunityHref = (id: string) => `/engagement/${id}`;
export const opportunityEditHref = (organisationId: string, id: string) => `/netzwerk/organisationen/${organisationId}/angebote/${id}`;

/**
 * Where a town wants it, opportunities wait in the shared Freigaben before they are published.
 * Asking for changes sends one back to its draft; rejecting archives it.
 */
export const opportunityModeration: ModerationSubject = {
	async describe(db, tenantId, ids) {
		if (!ids.length) return new Map();
		const rows = await db
			.select({ id: opportunities.id, title: opportunities.title, organisationId: opportunities.organisationId })
			.from(opportunities)
			.where(and(eq(opportunities.tenantId, tenantId), inArray(opportunities.id, ids)));
		return new Map(rows.map((o) => [o.id, { title: o.title, href: opportunityHref(o.id), editHref: opportunityEditHref(o.organisationId, o.id) }]));
	},
	async decide(db, ctx, id, decision) {
		const { expiryMonths } = await settingsOf(db, ctx.tenant.id);
		const columns = decision === 'approved' ? publication(expiryMonths) : { status: decision === 'rejected' ? ('archived' as const) : ('draft' as const) };
		await db
			.update(opportunities)
			.set({ ...columns, updatedAt: new Date() })
			.where(and(eq(opportunities.tenantId, ctx.tenant.id), eq(opportunities.id, id), eq(opportunities.status, 'review')));
	}
};
