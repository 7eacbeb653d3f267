import { and, eq, inArray } from 'drizzle-orm';
import type { AuditSubject } from '$lib/server/core/audit/subjects';
import { accounts } from '../../../core/accounts/schema';
import { consultations, opportunities, suggestions } from '../schema';

/** How the audit log names consultations (by the person advised) and suggestions (by the opportunity). */
export const brokeringAuditSubjects: Record<string, AuditSubject> = {
	consultation: {
		async describe(db, tenantId, ids) {
			if (!ids.length) return new Map();
			const rows = await db
				.select({ id: consultations.id, accountId: consultations.accountId, name: accounts.displayName })
				.from(consultations)
				.innerJoin(accounts, and(eq(accounts.tenantId, consultations.tenantId), eq(accounts.id, consultations.accountId)))
				.where(and(eq(consultations.tenantId, tenantId), inArray(consultations.id, ids)));
			return new Map(rows.map((r) => [r.id, { title: { text: r.name }, href: `/koordination/beratung/${r.accountId}` }]));
		}
	},
	suggestion: {
		async describe(db, tenantId, ids) {
			if (!ids.length) return new Map();
			const rows = await db
				.select({ id: suggestions.id, opportunityId: suggestions.opportunityId, title: opportunities.title })
				.from(suggestions)
				.innerJoin(opportunities, and(eq(opportunities.tenantId, suggestions.tenantId), eq(opportunities.id, suggestions.opportunityId)))
				.where(and(eq(suggestions.tenantId, tenantId), inArray(suggestions.id, ids)));
			return new Map(rows.map((r) => [r.id, { title: { text: r.title }, href: `/engagement/${r.opportunityId}` }]));
		}
	}
};
