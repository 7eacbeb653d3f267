import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { PersonalDataSource } from '.';
import { containsPattern } from '../search';

/**
 * Rate-limit counters of the PostgreSQL store (table `rate_limits`, created by the store when
 * a server database is used) may be keyed by an address, as typed or as its SHA-256. They run
 * out within the hour; a deletion does not wait for that.
 */
export const rateLimitPersonalData: PersonalDataSource = {
	name: 'rateLimits',
	async erase(db, { emails }) {
		const { rows } = (await db.execute(sql`select to_regclass('rate_limits') is not null as present`)) as unknown as { rows: { present: boolean }[] };
		if (!rows[0]?.present) return;
		const forms = emails.flatMap((email) => {
			const digest = createHash('sha256').update(email);
			return [email, digest.copy().digest('hex'), digest.digest('base64url')];
		});
		for (const form of forms) await db.execute(sql`delete from rate_limits where lower(key) like ${containsPattern(form.toLowerCase())}`);
	}
};
