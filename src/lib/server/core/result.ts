import type { MessageKey } from '$lib/i18n';

/** What a use case returns: the value, or an error code with message keys per field. */
export type Result<T, E extends string = string> = { ok: true; value: T } | { ok: false; error: E; fields?: Partial<Record<string, MessageKey>> };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <E extends string>(error: E, fields?: Partial<Record<string, MessageKey>>): { ok: false; error: E; fields?: Partial<Record<string, MessageKey>> } =>
	fields ? { ok: false, error, fields } : { ok: false, error };
