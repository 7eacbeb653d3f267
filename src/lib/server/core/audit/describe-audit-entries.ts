import type { Db } from '$lib/server/db/client';
import { isMessageKey, type MessageKey } from '$lib/i18n';
import { accountNames } from '../accounts/queries';
import { auditSubjects, type AuditSubjectName, type AuditText } from './subjects';
import type { AuditEntry } from '.';

export type { AuditText };

export interface AuditChange {
	field: AuditText;
	/** The value as a list of parts (a list of fields, roles, …); empty when there was none. */
	before: AuditText[];
	after: AuditText[];
}

export interface DescribedAuditEntry {
	id: number;
	createdAt: Date;
	action: string;
	/** A sentence with `{who}`, e.g. "{who} hat die Organisation geändert." */
	sentence: MessageKey;
	actorName: string | null;
	subject: { title: AuditText; href?: string };
	changes: AuditChange[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LONG = 80;
/** Fields whose values are words of the catalogue, and where to look them up. */
const WORDS: Record<string, string[]> = { role: ['role.'], roles: ['role.'], status: ['status.', 'audit.value.'], mode: ['audit.value.'], kind: ['kind.'] };

function uuidsIn(value: unknown, into: Set<string>): void {
	if (typeof value === 'string' && UUID.test(value)) into.add(value);
	else if (Array.isArray(value)) value.forEach((v) => uuidsIn(v, into));
	else if (value && typeof value === 'object') Object.values(value).forEach((v) => uuidsIn(v, into));
}

const key = (k: string): AuditText | null => (isMessageKey(k) ? { key: k } : null);

/**
 * The admins' log in words: who acted (name), a sentence for the action, the name of the thing
 * acted on with its page, and the changed fields with their labels and readable values. Ids are
 * replaced by names; what cannot be named any more says so.
 */
export async function describeAuditEntries(db: Db, tenantId: string, entries: AuditEntry[]): Promise<DescribedAuditEntry[]> {
	const mentioned = new Set<string>();
	for (const entry of entries) {
		uuidsIn(entry.before, mentioned);
		uuidsIn(entry.after, mentioned);
	}
	const idsOf = (type: string) => [...new Set([...entries.filter((e) => e.entityType === type).map((e) => e.entityId), ...mentioned])];

	const people = await accountNames(db, tenantId, [...entries.flatMap((e) => (e.actorId ? [e.actorId] : [])), ...idsOf('account')]);
	const named = new Map<string, Map<string, AuditSubjectName>>();
	named.set('account', new Map([...people].map(([id, p]) => [id, { title: { text: `${p.displayName} (${p.email})` }, href: `/admin/konten/${id}` }])));
	for (const [type, subject] of auditSubjects()) named.set(type, await subject.describe(db, tenantId, idsOf(type)));

	const nameOf = (id: string): AuditText | null => {
		const person = people.get(id);
		if (person) return { text: person.displayName };
		for (const names of named.values()) {
			const found = names.get(id);
			if (found) return found.title;
		}
		return null;
	};

	const parts = (field: string, value: unknown): AuditText[] => {
		if (value === null || value === undefined || value === '') return [];
		if (Array.isArray(value)) return value.flatMap((v) => parts(field, v));
		if (typeof value === 'boolean') return [{ key: value ? 'audit.value.yes' : 'audit.value.no' }];
		if (typeof value === 'number') return [{ text: String(value) }];
		if (typeof value === 'object') {
			const inner = (value as Record<string, unknown>).name ?? (value as Record<string, unknown>).title;
			return inner === undefined ? [{ text: JSON.stringify(value) }] : parts(field, inner);
		}
		const text = String(value);
		if (UUID.test(text)) return [nameOf(text) ?? { key: 'audit.value.gone' }];
		const word = WORDS[field]?.map((prefix) => key(`${prefix}${text}`)).find(Boolean);
		if (word) return [word];
		return [{ text: text.length > LONG ? `${text.slice(0, LONG - 1)}…` : text }];
	};

	const changes = (entry: AuditEntry): AuditChange[] => {
		const object = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
		const before = object(entry.before);
		const after = object(entry.after);
		const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
		return fields
			.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
			.map((f) => ({ field: key(`audit.field.${f}`) ?? { text: f }, before: parts(f, before[f]), after: parts(f, after[f]) }));
	};

	return entries.map((entry) => {
		const known = named.get(entry.entityType)?.get(entry.entityId);
		return {
			id: entry.id,
			createdAt: entry.createdAt,
			action: entry.action,
			sentence: (key(`audit.sentence.${entry.action}`) as { key: MessageKey } | null)?.key ?? 'audit.sentence.fallback',
			actorName: entry.actorId ? (people.get(entry.actorId)?.displayName ?? null) : null,
			subject: known ?? { title: { key: 'audit.value.gone' } },
			changes: changes(entry)
		};
	});
}
