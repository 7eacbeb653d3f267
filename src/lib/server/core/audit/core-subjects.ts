import { and, eq, inArray } from 'drizzle-orm';
import { isMessageKey } from '$lib/i18n';
import { tenants } from '../tenants/schema';
import { accessibilityFeedback } from '../legal/schema';
import type { AuditSubject } from './subjects';

/** The municipality itself: its settings, imports and located places are logged on it. */
const tenantSubject: AuditSubject = {
	async describe(db, tenantId, ids) {
		if (!ids.includes(tenantId)) return new Map();
		const [row] = await db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
		return new Map(row ? [[tenantId, { title: { text: row.name }, href: '/admin/gemeinde' }]] : []);
	}
};

/** Legal pages are logged as "kind:locale", e.g. "imprint:de". */
const legalPageSubject: AuditSubject = {
	async describe(_db, _tenantId, ids) {
		const names = ids.flatMap((id) => {
			const kind = `legal.${id.split(':')[0]}`;
			return isMessageKey(kind) ? [[id, { title: { key: kind }, href: '/admin/rechtliches' }] as const] : [];
		});
		return new Map(names);
	}
};

/** A barrier report has no name of its own: it is named by when it came in. */
const feedbackSubject: AuditSubject = {
	async describe(db, tenantId, ids) {
		const known = ids.length
			? await db
					.select({ id: accessibilityFeedback.id })
					.from(accessibilityFeedback)
					.where(and(eq(accessibilityFeedback.tenantId, tenantId), inArray(accessibilityFeedback.id, ids)))
			: [];
		return new Map(known.map((f) => [f.id, { title: { key: 'feedback.entry' }, href: `/admin/rueckmeldungen/${f.id}` }]));
	}
};

export const coreAuditSubjects: Record<string, AuditSubject> = { tenant: tenantSubject, legal_page: legalPageSubject, accessibility_feedback: feedbackSubject };
