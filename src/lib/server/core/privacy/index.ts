import type { Db } from '$lib/server/db/client';
import { translate, type Locale } from '$lib/i18n';
import { nationalDigits, redactor, type Identifiers, type Redactor } from './redact';

export { redactor, nationalDigits, type Identifiers, type Redactor } from './redact';

/**
 * The person whose data is exported or erased, with everything they are recognised by:
 * the display name and names they gave elsewhere, every address the account ever had and
 * the phone numbers they entered. Sources look for all of it, not only the current address.
 */
export interface PersonalDataSubject extends Identifiers {
	tenantId: string;
	accountId: string;
	/** Language of the placeholders written where something was removed. */
	locale: Locale;
	/** Replaces every mention of the person in text and JSON by "[entfernt]". */
	redact: Redactor;
}

/**
 * Each capability that stores personal data registers how to export and erase it,
 * so "Meine Daten" and account deletion cover everything without knowing every module.
 */
export interface PersonalDataSource {
	name: string;
	/** Further names, addresses or phone numbers this capability knows the person by; asked before export and erasure. */
	identify?(db: Db, subject: PersonalDataSubject): Promise<Partial<Identifiers>>;
	/** What "Meine Daten" shows under `name`; a source without it holds nothing worth showing (counters). */
	export?(db: Db, subject: PersonalDataSubject): Promise<unknown>;
	/** Runs inside the deletion transaction, before the account row goes. */
	erase(db: Db, subject: PersonalDataSubject): Promise<void>;
	/** Erased after every other source, because others consult it while they erase (the audit log says who entered what). */
	eraseLast?: boolean;
}

const sources: PersonalDataSource[] = [];

export function registerPersonalData(source: PersonalDataSource): void {
	if (!sources.some((s) => s.name === source.name)) sources.push(source);
}

export interface KnownPerson {
	tenantId: string;
	accountId: string;
	email: string;
	displayName: string;
	locale: Locale;
}

function subjectOf(person: Pick<KnownPerson, 'tenantId' | 'accountId' | 'locale'>, identifiers: Identifiers): PersonalDataSubject {
	return { ...person, ...identifiers, redact: redactor(identifiers, translate(person.locale, 'privacy.removed'), person.accountId) };
}

/** The known values and the newly found ones not yet among them (compared by `key`). */
function merge(known: string[], found: string[] | undefined, key: (s: string) => string): string[] {
	const result = [...known];
	const seen = new Set(known.map(key));
	for (const value of found ?? []) {
		const trimmed = value.trim();
		if (!trimmed || seen.has(key(trimmed))) continue;
		seen.add(key(trimmed));
		result.push(trimmed);
	}
	return result;
}

/**
 * Asks every source what else it knows the person by, until nothing new turns up (a contact
 * name found by the address can lead to a phone number entered with that name).
 */
export async function identifyPerson(db: Db, person: KnownPerson): Promise<PersonalDataSubject> {
	let identifiers: Identifiers = { names: [person.displayName.trim()], emails: [person.email.toLowerCase()], phones: [] };
	for (let round = 0; round < 3; round++) {
		const before = JSON.stringify(identifiers);
		for (const source of sources) {
			if (!source.identify) continue;
			const found = await source.identify(db, subjectOf(person, identifiers));
			identifiers = {
				names: merge(identifiers.names, found.names, (s) => s.toLowerCase().replace(/\s+/g, ' ')),
				emails: merge(
					identifiers.emails,
					found.emails?.map((e) => e.toLowerCase()),
					(s) => s
				),
				phones: merge(identifiers.phones, found.phones, nationalDigits)
			};
		}
		if (JSON.stringify(identifiers) === before) break;
	}
	return subjectOf(person, identifiers);
}

export async function exportPersonalData(db: Db, subject: PersonalDataSubject) {
	const result: Record<string, unknown> = {};
	for (const source of sources) if (source.export) result[source.name] = await source.export(db, subject);
	return result;
}

export async function erasePersonalData(db: Db, subject: PersonalDataSubject): Promise<void> {
	const ordered = [...sources.filter((s) => !s.eraseLast), ...sources.filter((s) => s.eraseLast)];
	for (const source of ordered) await source.erase(db, subject);
}
