import { and, eq, inArray } from 'drizzle-orm';
import type { AuditSubject, AuditSubjectName } from '$lib/server/core/audit/subjects';
import { categories, places, walks } from './schema';
import { organisationModeration } from './office/moderation';

const named = <T extends { id: string }>(rows: T[], name: (row: T) => AuditSubjectName) => new Map(rows.map((r) => [r.id, name(r)]));

/** How the audit log names organisations, their places, fields of activity and walks. */
export const directoryAuditSubjects: Record<string, AuditSubject> = {
	organisation: {
		async describe(db, tenantId, ids) {
			const found = await organisationModeration.describe(db, tenantId, ids);
			return new Map([...found].map(([id, o]) => [id, { title: { text: o.title }, href: o.href }]));
		}
	},
	place: {
		async describe(db, tenantId, ids) {
			if (!ids.length) return new Map();
			const rows = await db
				.select({ id: places.id, name: places.name, organisationId: places.organisationId })
				.from(places)
				.where(and(eq(places.tenantId, tenantId), inArray(places.id, ids)));
			return named(rows, (p) => ({ title: { text: p.name }, href: `/netzwerk/organisationen/${p.organisationId}` }));
		}
	},
	category: {
		async describe(db, tenantId, ids) {
			if (!ids.length) return new Map();
			const rows = await db
				.select({ id: categories.id, nameDe: categories.nameDe })
				.from(categories)
				.where(and(eq(categories.tenantId, tenantId), inArray(categories.id, ids)));
			return named(rows, (c) => ({ title: { text: c.nameDe }, href: '/koordination/kategorien' }));
		}
	},
	walk: {
		async describe(db, tenantId, ids) {
			if (!ids.length) return new Map();
			const rows = await db
				.select({ id: walks.id, title: walks.title })
				.from(walks)
				.where(and(eq(walks.tenantId, tenantId), inArray(walks.id, ids)));
			return named(rows, (w) => ({ title: { text: w.title }, href: `/koordination/spaziergaenge/${w.id}` }));
		}
	}
};
