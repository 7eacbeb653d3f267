import { and, eq, inArray, or } from 'drizzle-orm';
import type { PersonalDataSource } from '$lib/server/core/privacy';
import { savedSearches } from '../../schema';

const ofSubject = (tenantId: string, accountId: string, emails: string[]) =>
	and(
		eq(savedSearches.tenantId, tenantId),
		or(
			eq(savedSearches.accountId, accountId),
			emails.length
				? inArray(
						savedSearches.email,
						emails.map((e) => e.toLowerCase())
					)
				: undefined
		)
	);

/** Saved searches hold an address and what someone looks for: shown in "Meine Daten", deleted with the account. */
export const savedSearchPersonalData: PersonalDataSource = {
	name: 'engagement-saved-searches',
	async export(db, subject) {
		const rows = await db
			.select({ query: savedSearches.query, frequency: savedSearches.frequency, email: savedSearches.email, createdAt: savedSearches.createdAt, lastSentAt: savedSearches.lastSentAt })
			.from(savedSearches)
			.where(ofSubject(subject.tenantId, subject.accountId, subject.emails));
		return rows;
	},
	async erase(db, subject) {
		await db.delete(savedSearches).where(ofSubject(subject.tenantId, subject.accountId, subject.emails));
	}
};
