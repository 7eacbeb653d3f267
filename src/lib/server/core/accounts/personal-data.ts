import { and, eq, desc, isNotNull } from 'drizzle-orm';
import { translate } from '$lib/i18n';
import type { PersonalDataSource } from '../privacy';
import { mails } from '../mail/schema';
import { deleteMailsOf, mailsOf, redactMailsMentioning, withoutTokenLinks } from '../mail';
import { accountPreviousEmails, accounts, emailTokens, roleAssignments, sessions } from './schema';
import { organisationMemberships } from '../organisations/schema';
import { listPreviousEmails } from './previous-emails';

export const accountPersonalData: PersonalDataSource = {
	name: 'account',
	async identify(db, { tenantId, accountId }) {
		// Earlier addresses, and one she asked to move to: mails, invitations and reports may carry any of them.
		const [previous, pending] = await Promise.all([
			listPreviousEmails(db, tenantId, accountId),
			db
				.select({ email: emailTokens.newEmail })
				.from(emailTokens)
				.where(and(eq(emailTokens.tenantId, tenantId), eq(emailTokens.accountId, accountId), isNotNull(emailTokens.newEmail)))
		]);
		return { emails: [...previous.map((p) => p.email), ...pending.map((p) => p.email!)] };
	},
	async export(db, { tenantId, accountId }) {
		const where = and(eq(accounts.tenantId, tenantId), eq(accounts.id, accountId));
		const [account] = await db
			.select({
				id: accounts.id,
				email: accounts.email,
				displayName: accounts.displayName,
				locale: accounts.locale,
				emailVerifiedAt: accounts.emailVerifiedAt,
				createdAt: accounts.createdAt,
				lastSignInAt: accounts.lastSignInAt
			})
			.from(accounts)
			.where(where);
		const [previousEmails, roles, memberships, activeSessions] = await Promise.all([
			listPreviousEmails(db, tenantId, accountId),
			db
				.select({ role: roleAssignments.role, since: roleAssignments.createdAt })
				.from(roleAssignments)
				.where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.accountId, accountId))),
			db
				.select({ organisationId: organisationMemberships.organisationId, role: organisationMemberships.role, since: organisationMemberships.createdAt })
				.from(organisationMemberships)
				.where(and(eq(organisationMemberships.tenantId, tenantId), eq(organisationMemberships.accountId, accountId))),
			db
				.select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
				.from(sessions)
				.where(and(eq(sessions.tenantId, tenantId), eq(sessions.accountId, accountId)))
		]);
		return { ...account, previousEmails, roles, memberships, sessions: activeSessions };
	},
	async erase(db, { tenantId, accountId }) {
		// The account row itself goes last, in delete-account; its sessions, tokens, roles and memberships cascade.
		await db.delete(accountPreviousEmails).where(and(eq(accountPreviousEmails.tenantId, tenantId), eq(accountPreviousEmails.accountId, accountId)));
	}
};

export const mailPersonalData: PersonalDataSource = {
	name: 'mails',
	async export(db, { tenantId, accountId, emails, locale }) {
		const rows = await db
			.select({ to: mails.toAddress, subject: mails.subject, createdAt: mails.createdAt, status: mails.status, text: mails.textBody })
			.from(mails)
			.where(mailsOf(tenantId, accountId, emails))
			.orderBy(desc(mails.createdAt));
		// A download lies around in folders and backups; a link in it must not reset the password or confirm an address.
		const placeholder = translate(locale, 'privacy.link_removed');
		return rows.map((mail) => ({ ...mail, text: withoutTokenLinks(mail.text, placeholder) }));
	},
	async erase(db, { tenantId, accountId, emails, redact }) {
		await deleteMailsOf(db, tenantId, accountId, emails);
		await redactMailsMentioning(db, tenantId, redact);
	}
};
