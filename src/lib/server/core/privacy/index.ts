import type { Db } from '$lib/server/db/client';

/**
 * Each capability that stores personal data registers how to export and erase it,
 * so "Meine Daten" and account deletion cover everything without knowing every module.
 */
export interface PersonalDataSource {
	name: string;
	export(db: Db, tenantId: string, accountId: string, email: string): Promise<unknown>;
	/** Runs inside the deletion transaction, before the account row goes. */
	erase(db: Db, tenantId: string, accountId: string, email: string): Promise<void>;
}

const sources: PersonalDataSource[] = [];

export function registerPersonalData(source: PersonalDataSource): void {
	if (!sources.some((s) => s.name === source.name)) sources.push(source);
}

export async function exportPersonalData(db: Db, tenantId: string, accountId: string, email: string) {
	const result: Record<string, unknown> = {};
	for (const source of sources) result[source.name] = await source.export(db, tenantId, accountId, email);
	return result;
}

export async function erasePersonalData(db: Db, tenantId: string, accountId: string, email: string): Promise<void> {
	for (const source of sources) await source.erase(db, tenantId, accountId, email);
}
