import type { Db } from '$lib/server/db/client';
import type { MessageKey } from '$lib/i18n';

/** Words of the log: what people typed, or a message of the catalogue. */
export type AuditText = { text: string } | { key: MessageKey };

/** How the log names an entity: its title and, where it has one, the page that shows it. */
export interface AuditSubjectName {
	title: AuditText;
	href?: string;
}

/** What a capability tells the audit log about the things it records, by entity type. */
export interface AuditSubject {
	/** Names a page of entities in one query; ids it does not know are left out of the map. */
	describe(db: Db, tenantId: string, ids: string[]): Promise<Map<string, AuditSubjectName>>;
}

const subjects = new Map<string, AuditSubject>();

export function registerAuditSubject(type: string, subject: AuditSubject): void {
	subjects.set(type, subject);
}

export const auditSubjects = (): ReadonlyMap<string, AuditSubject> => subjects;
