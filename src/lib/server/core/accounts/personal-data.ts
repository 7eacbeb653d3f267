import { and, eq, desc } from 'drizzle-orm';
import { registerPersonalData } from '../privacy';
import { auditLog } from '../audit/schema';
import { forgetActor } from '../audit';
import { mails } from '../mail/schema';
import { deleteMailsOf, mailsOf } from '../mail';
import { accounts, organisationMemberships, roleAssignments, sessions } from './schema';

registerPersonalData({
	name: 'account',
	async export(db, tenantId, accountId) {
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
		const [roles, memberships, activeSessions] = await Promise.all([
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
		return { ...account, roles, memberships, sessions: activeSessions };
	},
	async erase() {
		// The account row itself goes last, in delete-account; its sessions, tokens, roles and memberships cascade.
	}
});

registerPersonalData({
	name: 'mails',
	async export(db, tenantId, accountId, email) {
		return db
			.select({ to: mails.toAddress, subject: mails.subject, createdAt: mails.createdAt, status: mails.status, text: mails.textBody })
			.from(mails)
			.where(mailsOf(tenantId, accountId, email))
			.orderBy(desc(mails.createdAt));
	},
	erase: (db, tenantId, accountId, email) => deleteMailsOf(db, tenantId, accountId, email)
});

registerPersonalData({
	name: 'actionsLogged',
	async export(db, tenantId, accountId) {
		return db
			.select({ action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId, at: auditLog.createdAt })
			.from(auditLog)
			.where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.actorId, accountId)))
			.orderBy(desc(auditLog.createdAt));
	},
	erase: (db, tenantId, accountId) => forgetActor(db, tenantId, accountId)
});
