import { and, asc, desc, eq, ilike, or, sql, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { accounts, roleAssignments } from './schema';
import { organisationMemberships } from '../organisations/schema';
import type { Account } from './schema-types';
import type { TenantRole } from '../permissions';
import { pageOf, pageWindow } from '../pagination';
import { containsPattern } from '../search';

export async function findAccountByEmail(db: Db, tenantId: string, email: string): Promise<Account | undefined> {
	const [row] = await db
		.select()
		.from(accounts)
		.where(and(eq(accounts.tenantId, tenantId), eq(accounts.email, email.toLowerCase())));
	return row;
}

export async function findAccountById(db: Db, tenantId: string, id: string): Promise<Account | undefined> {
	const [row] = await db
		.select()
		.from(accounts)
		.where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, id)));
	return row;
}

export interface AccountListFilter {
	q?: string;
	role?: TenantRole;
	page?: number;
	perPage?: number;
}

/** The admin list: accounts with their roles, searchable by name or address. */
export async function listAccounts(db: Db, tenantId: string, filter: AccountListFilter = {}) {
	const window = pageWindow(filter.page, filter.perPage ?? 50);
	const conditions: (SQL | undefined)[] = [eq(accounts.tenantId, tenantId)];
	if (filter.q) {
		const pattern = containsPattern(filter.q);
		conditions.push(or(ilike(accounts.email, pattern), ilike(accounts.displayName, pattern)));
	}
	if (filter.role) {
		conditions.push(
			inArray(
				accounts.id,
				db
					.select({ id: roleAssignments.accountId })
					.from(roleAssignments)
					.where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.role, filter.role)))
			)
		);
	}
	const where = and(...conditions);
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: accounts.id,
				email: accounts.email,
				displayName: accounts.displayName,
				emailVerifiedAt: accounts.emailVerifiedAt,
				disabledAt: accounts.disabledAt,
				createdAt: accounts.createdAt,
				lastSignInAt: accounts.lastSignInAt,
				roles: sql<TenantRole[]>`coalesce((select array_agg(r.role order by r.role) from ${roleAssignments} r where r.tenant_id = ${accounts.tenantId} and r.account_id = ${accounts.id}), '{}')`
			})
			.from(accounts)
			.where(where)
			.orderBy(asc(accounts.email))
			.limit(window.limit)
			.offset(window.offset),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(accounts)
			.where(where)
	]);
	return pageOf(rows, total, window);
}

/** Names for ids shown in lists such as the audit log. */
export async function accountNames(db: Db, tenantId: string, ids: string[]): Promise<Map<string, { displayName: string; email: string }>> {
	const unique = [...new Set(ids)];
	if (!unique.length) return new Map();
	const rows = await db
		.select({ id: accounts.id, displayName: accounts.displayName, email: accounts.email })
		.from(accounts)
		.where(and(eq(accounts.tenantId, tenantId), inArray(accounts.id, unique)));
	return new Map(rows.map((r) => [r.id, { displayName: r.displayName, email: r.email }]));
}

/** The people who act for an organisation, for its "Personen" page. */
/** The owners of several organisations in one query, with what a mail to them needs. */
export async function listOrganisationOwners(db: Db, tenantId: string, organisationIds: string[]) {
	if (!organisationIds.length) return [];
	return db
		.select({ organisationId: organisationMemberships.organisationId, id: accounts.id, displayName: accounts.displayName, email: accounts.email, locale: accounts.locale })
		.from(organisationMemberships)
		.innerJoin(accounts, and(eq(accounts.tenantId, organisationMemberships.tenantId), eq(accounts.id, organisationMemberships.accountId)))
		.where(and(eq(organisationMemberships.tenantId, tenantId), inArray(organisationMemberships.organisationId, organisationIds), eq(organisationMemberships.role, 'owner')))
		.orderBy(asc(accounts.displayName));
}

export async function listOrganisationMembers(db: Db, tenantId: string, organisationId: string) {
	return db
		.select({ accountId: organisationMemberships.accountId, role: organisationMemberships.role, since: organisationMemberships.createdAt, displayName: accounts.displayName, email: accounts.email })
		.from(organisationMemberships)
		.innerJoin(accounts, and(eq(accounts.tenantId, organisationMemberships.tenantId), eq(accounts.id, organisationMemberships.accountId)))
		.where(and(eq(organisationMemberships.tenantId, tenantId), eq(organisationMemberships.organisationId, organisationId)))
		.orderBy(desc(organisationMemberships.role), asc(accounts.displayName));
}
