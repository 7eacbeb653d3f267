import { and, desc, eq, or, sql } from 'drizzle-orm';
import { registerPersonalData } from '$lib/server/core/privacy';
import { organisationInvitations, organisations } from './schema';

/**
 * The Vereinsregister keeps who proposed an organisation and who invited whom by e-mail.
 * Organisations themselves belong to the town's directory and stay; after an account's
 * deletion they no longer point to it, and invitations to the person are gone.
 */
registerPersonalData({
	name: 'directory',
	async export(db, tenantId, accountId, email) {
		const [proposed, invitations] = await Promise.all([
			db
				.select({ id: organisations.id, name: organisations.name, status: organisations.status, createdAt: organisations.createdAt })
				.from(organisations)
				.where(and(eq(organisations.tenantId, tenantId), eq(organisations.createdBy, accountId)))
				.orderBy(desc(organisations.createdAt)),
			db
				.select({
					organisation: organisations.name,
					email: organisationInvitations.email,
					role: organisationInvitations.role,
					sentByMe: sql<boolean>`${organisationInvitations.invitedBy} is not distinct from ${accountId}::uuid`,
					createdAt: organisationInvitations.createdAt,
					acceptedAt: organisationInvitations.acceptedAt
				})
				.from(organisationInvitations)
				.innerJoin(organisations, and(eq(organisations.tenantId, organisationInvitations.tenantId), eq(organisations.id, organisationInvitations.organisationId)))
				.where(and(eq(organisationInvitations.tenantId, tenantId), or(eq(organisationInvitations.invitedBy, accountId), eq(organisationInvitations.email, email.toLowerCase()))))
				.orderBy(desc(organisationInvitations.createdAt))
		]);
		return { proposedOrganisations: proposed, invitations };
	},
	async erase(db, tenantId, accountId, email) {
		await db.delete(organisationInvitations).where(and(eq(organisationInvitations.tenantId, tenantId), eq(organisationInvitations.email, email.toLowerCase())));
		// Invitations the person sent were made for the organisation: they stay valid, without the sender.
		await db.update(organisationInvitations).set({ invitedBy: null }).where(and(eq(organisationInvitations.tenantId, tenantId), eq(organisationInvitations.invitedBy, accountId)));
		await db.update(organisations).set({ createdBy: null }).where(and(eq(organisations.tenantId, tenantId), eq(organisations.createdBy, accountId)));
	}
});
