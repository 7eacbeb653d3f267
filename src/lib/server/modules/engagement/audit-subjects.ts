import type { AuditSubject } from '$lib/server/core/audit/subjects';
import { opportunityModeration } from './opportunities/moderation';

/** How the audit log names opportunities: by title, linked to their page. */
export const engagementAuditSubjects: Record<string, AuditSubject> = {
	opportunity: {
		async describe(db, tenantId, ids) {
			const found = await opportunityModeration.describe(db, tenantId, ids);
			return new Map([...found].map(([id, o]) => [id, { title: { text: o.title }, href: o.href }]));
		}
	}
};
