import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { tenants, tenantHosts } from './schema';
import { ZTenantInput, type TTenantInput } from './contracts';

export type Tenant = typeof tenants.$inferSelect;
export { ZTenantInput, type TTenantInput };
export { updateTenantSettings, ZTenantSettings } from './update-tenant-settings';

type TenantSetup = (db: Db, tenant: Tenant) => Promise<void>;
const setups: TenantSetup[] = [];

/** Capabilities that give every new municipality a starting point (e.g. default categories) register here. */
export function registerTenantSetup(setup: TenantSetup): void {
	setups.push(setup);
}

export async function createTenant(db: Db, input: TTenantInput): Promise<Tenant> {
	const { hosts, ...values } = ZTenantInput.parse(input);
	return db.transaction(async (tx) => {
		const [tenant] = await tx.insert(tenants).values(values).returning();
		if (hosts.length) await tx.insert(tenantHosts).values(hosts.map((host) => ({ host, tenantId: tenant.id })));
		for (const setup of setups) await setup(tx, tenant);
		return tenant;
	});
}

export async function findTenantBySlug(db: Db, slug: string): Promise<Tenant | undefined> {
	const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, slug));
	return tenant;
}

export async function listTenants(db: Db): Promise<Tenant[]> {
	return db.select().from(tenants).orderBy(tenants.name);
}

const PREFIX = /^\/t\/([a-z0-9-]+)(?=\/|$)/;

/** The path prefix form `/t/<slug>/…`, or null. Shared with the router's reroute hook. */
export function tenantSlugFromPath(pathname: string): string | null {
	return PREFIX.exec(pathname)?.[1] ?? null;
}

export interface ResolvedTenant {
	tenant: Tenant;
	/** '' or '/t/<slug>': every link and redirect within the tenant starts with it. */
	basePath: string;
}

/** Path prefix first, then host name, then the installation's default tenant. */
export async function resolveTenant(db: Db, host: string, pathname: string): Promise<ResolvedTenant | null> {
	const slug = tenantSlugFromPath(pathname);
	if (slug) {
		const tenant = await findTenantBySlug(db, slug);
		return tenant ? { tenant, basePath: `/t/${slug}` } : null;
	}
	const hostname = host.toLowerCase().replace(/:\d+$/, '');
	const [byHost] = await db
		.select({ tenant: tenants })
		.from(tenantHosts)
		.innerJoin(tenants, eq(tenants.id, tenantHosts.tenantId))
		.where(eq(tenantHosts.host, hostname));
	if (byHost) return { tenant: byHost.tenant, basePath: '' };
	const [fallback] = await db.select().from(tenants).where(eq(tenants.isDefault, true)).limit(1);
	return fallback ? { tenant: fallback, basePath: '' } : null;
}

/**
 * The absolute address of a tenant for mails sent without a request (reminders): its first
 * host name, else PUBLIC_URL (with the /t/<slug> prefix unless it is the default tenant).
 */
export async function tenantBaseUrl(db: Db, tenant: Tenant, publicUrl: string | undefined): Promise<string> {
	const [host] = await db.select({ host: tenantHosts.host }).from(tenantHosts).where(eq(tenantHosts.tenantId, tenant.id)).limit(1);
	if (host) return `https://${host.host}`;
	const base = (publicUrl ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
	return tenant.isDefault ? base : `${base}/t/${tenant.slug}`;
}
