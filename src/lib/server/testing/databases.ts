import { afterAll, beforeAll, describe, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Database, type Db } from '../db/client';
import { createTenant, type Tenant } from '../core/tenants';
import { provisionAccount, loadActor } from '../core/accounts';
import { anonymous, type Actor, type TenantRole } from '../core/permissions';
import type { Ctx } from '../core/context';
import '../registry';
import { organisations } from '../core/organisations/schema';
import { organisationMemberships } from '../core/organisations/schema';

const kinds = ['pglite', ...(process.env.TEST_DATABASE_URL ? (['postgres'] as const) : [])] as const;

let migrated: Blob | undefined;
/** The migrated embedded database the global set-up wrote, read once per test file. */
export const migratedSnapshot = () => (migrated ??= new Blob([readFileSync(inject('migratedSnapshot'))]));

/**
 * Runs the same suite against every database the platform supports. Each suite gets its
 * own embedded database, a copy of one migrated in the global set-up; on PostgreSQL suites
 * share one migrated database and stay apart by creating their own tenants.
 */
export function describeOnDatabases(title: string, suite: (env: () => TestEnv) => void): void {
	for (const kind of kinds) {
		describe(`${title} [${kind}]`, () => {
			let database: Database;
			let env: TestEnv;
			beforeAll(async () => {
				database = await openDatabase(kind === 'postgres' ? { url: process.env.TEST_DATABASE_URL } : { snapshot: migratedSnapshot() });
				env = new TestEnv(database.db, kind);
			});
			afterAll(async () => {
				await database?.close();
			});
			suite(() => env);
		});
	}
}

export const PASSWORD = 'Gruene-Wiese-am-Fluss-17';

export class TestEnv {
	constructor(
		readonly db: Db,
		readonly kind: 'pglite' | 'postgres'
	) {}

	async tenant(overrides: { name?: string; isDefault?: boolean } = {}): Promise<Tenant> {
		const slug = `t-${randomUUID().slice(0, 12)}`;
		return createTenant(this.db, {
			slug,
			name: overrides.name ?? `Teststadt ${slug}`,
			kind: 'municipality',
			state: 'SH',
			officeName: 'Team Engagement',
			officeEmail: `buero@${slug}.example`,
			isDefault: overrides.isDefault ?? false
		});
	}

	/** A confirmed account with the given roles, and its actor. */
	async account(tenant: Tenant, roles: TenantRole[] = [], email = `p-${randomUUID().slice(0, 8)}@example.org`) {
		const created = await provisionAccount(this.db, tenant.id, { email, displayName: 'Test Person', password: PASSWORD, roles });
		if (!created.ok) throw new Error(created.error);
		return { accountId: created.accountId, email, actor: await loadActor(this.db, tenant.id, created.accountId) };
	}

	/** A published organisation, written directly (the directory's own tests use its use cases). */
	async organisation(tenant: Tenant, values: Partial<typeof organisations.$inferInsert> = {}): Promise<string> {
		const [row] = await this.db
			.insert(organisations)
			.values({ name: `Verein ${randomUUID().slice(0, 6)}`, kind: 'club', status: 'published', ...values, tenantId: tenant.id })
			.returning({ id: organisations.id });
		return row.id;
	}

	/** Makes someone a member directly, as if they had accepted an invitation. */
	async member(tenant: Tenant, input: { organisationId: string; accountId: string; role: 'owner' | 'editor' }): Promise<void> {
		await this.db.insert(organisationMemberships).values({ tenantId: tenant.id, ...input });
	}

	ctx(tenant: Tenant, actor: Actor = anonymous(tenant.id)): Ctx {
		return { db: this.db, tenant, actor, locale: 'de', baseUrl: `https://engagement.example/t/${tenant.slug}` };
	}
}

/** The value of a use case's result; a failure fails the test with its code. */
export function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
	if (!result.ok) throw new Error(`expected success, got ${result.error}`);
	return result.value;
}
