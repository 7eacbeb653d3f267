import type { Db } from '$lib/server/db/client';
import type { Ctx } from '../context';
import { notify } from '../notifications';
import type { Account } from './schema-types';

/**
 * After a change or a reset the account's address hears of it, so a stranger who got in does
 * not go unnoticed; the mail links to "Passwort vergessen" to take the account back.
 */
export async function tellPasswordChanged(db: Db, ctx: Ctx, account: Pick<Account, 'id' | 'email' | 'locale' | 'displayName'>): Promise<void> {
	await notify(db, ctx, {
		kind: 'password_changed',
		to: { email: account.email, locale: account.locale, accountId: account.id },
		params: {
			name: account.displayName,
			when: new Intl.DateTimeFormat(account.locale === 'en' ? 'en-GB' : 'de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' }).format(new Date()),
			office: ctx.tenant.officeEmail
		},
		link: '/passwort-vergessen'
	});
}
