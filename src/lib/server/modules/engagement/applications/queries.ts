import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Ctx } from '$lib/server/core/context';
import { can } from '$lib/server/core/permissions';
import type { Verdict } from '$lib/server/core/use-case';
import { listOrganisationMembers } from '$lib/server/core/accounts';
import { findOrganisation } from '$lib/server/core/organisations';
import type { Recipient } from '$lib/server/core/notifications';
import type { Tenant } from '$lib/server/core/tenants';
import { applications, opportunities } from '../schema';
import type { ApplicationStatus } from '../vocabulary';

/** Statuses in which an application is still open: the person waits for, or talks with, the organisation. */
export const OPEN_STATUSES = ['new', 'in_contact'] as const satisfies readonly ApplicationStatus[];
/** Statuses that block a second application to the same opportunity. */
export const ACTIVE_STATUSES = ['new', 'in_contact', 'accepted'] as const satisfies readonly ApplicationStatus[];

/** May the actor look after this organisation's applications (owners, editors, the office)? */
export const managesApplications = (ctx: Ctx, organisationId: string): Verdict => can(ctx.actor, 'application.manage', { kind: 'owned', tenantId: ctx.tenant.id, organisationId });

export async function findOpportunity(db: Db, tenantId: string, opportunityId: string) {
	const [row] = await db
		.select({ id: opportunities.id, title: opportunities.title, status: opportunities.status, organisationId: opportunities.organisationId })
		.from(opportunities)
		.where(and(eq(opportunities.tenantId, tenantId), eq(opportunities.id, opportunityId)));
	return row;
}

/** The application with its opportunity, only when it belongs to the organisation named. */
export async function findOrganisationApplication(db: Db, tenantId: string, organisationId: string, applicationId: string) {
	const [row] = await db
		.select({ application: applications, opportunity: { id: opportunities.id, title: opportunities.title, status: opportunities.status, organisationId: opportunities.organisationId } })
		.from(applications)
		.innerJoin(opportunities, and(eq(opportunities.tenantId, applications.tenantId), eq(opportunities.id, applications.opportunityId)))
		.where(and(eq(applications.tenantId, tenantId), eq(applications.id, applicationId), eq(opportunities.organisationId, organisationId)));
	return row;
}

/**
 * Who hears of an organisation's applications: its owners and editors; an organisation nobody
 * acts for yet gets the mail at its contact address (or its general one).
 */
export async function organisationRecipients(db: Db, tenant: Pick<Tenant, 'id' | 'defaultLocale'>, organisationId: string): Promise<{ to: Recipient; name: string }[]> {
	const members = await listOrganisationMembers(db, tenant.id, organisationId);
	if (members.length) return members.map((m) => ({ to: { accountId: m.accountId }, name: m.displayName }));
	const organisation = await findOrganisation(db, tenant.id, organisationId);
	const address = organisation?.contactEmail || organisation?.email;
	return address ? [{ to: { email: address, locale: tenant.defaultLocale }, name: organisation!.name }] : [];
}

/** Where a mail to the applicant goes: the account, or the guest's confirmed address. */
export function applicantRecipient(application: typeof applications.$inferSelect, tenant: Pick<Tenant, 'defaultLocale'>): Recipient | null {
	if (application.accountId) return { accountId: application.accountId };
	if (application.guestEmail && application.confirmedAt) return { email: application.guestEmail, locale: tenant.defaultLocale };
	return null;
}

/** The applicant's name as the organisation sees it. */
export const applicantName = (application: typeof applications.$inferSelect): string => application.sharedContact.name ?? application.guestName ?? '';

export async function applicationsByIds(db: Db, tenantId: string, ids: string[]) {
	if (!ids.length) return [];
	return db
		.select()
		.from(applications)
		.where(and(eq(applications.tenantId, tenantId), inArray(applications.id, ids)));
}
