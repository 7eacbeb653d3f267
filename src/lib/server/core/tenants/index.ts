import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { tenants, tenantHosts } from './schema';
import { ZTenantInput, type TTenantInput } from './contracts';
import { changes, TENANT_TOPIC } from '../changes';

export type Tenant = typeof tenants.$inferSelect;
export { ZTenantInput, type TTenantInput };
export { updateTenantSettings, ZTenantSettings } from './update-tenant-settings';
export { openDataLicence, openDataLicences, openDataLicenceIds, licenceLinkHeader, ZOpenDataLicence, DEFAULT_OPEN_DATA_LICENCE, type OpenDataLicenceId, type TOpenDataLicence } from './licences';

export type TenantSetup = (db: Db, tenant: Tenant) => Promise<void>;
const setups: TenantSetup[] = [];

/** Capabilities that give every new municipality a starting point (e.g. default categories) register here. */
export function registerTenantSetup(setup: TenantSetup): void {
	setups.push(setup);
}

export async function createTenant(db: Db, input: TTenantInput): Promise<Tenant> {
	const { hosts, ...values } = ZTenantInput.parse(input);
	return db
		.transaction(async (tx) => {
			const [tenant] = await tx.insert(tenants).values(values).returning();
			if (hosts.length) await tx.insert(tenantHosts).values(hosts.map((host) => ({ host, tenantId: tenant.id })));
			for (const setup of setups) await setup(tx, tenant);
			return tenant;
		})
		.then((tenant) => {
			changes.changed(tenant.id, TENANT_TOPIC);
			return tenant;
		});
}

export async function findTenantBySlug(db: Db, slug: string): Promise<Tenant | undefined> {
	const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, slug));
	return tenant;
}

export async function findTenantById(db: Db, id: string): Promise<Tenant | undefined> {
	const [tenant] = await db.select().from(tenants).where(eq(tenants.id, id));
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
	/** The configured host name the request came in on, if it is one of the tenant's own. */
	host?: string;
}

export interface HostRules {
	/** Production: only the tenants' own host names and PUBLIC_URL's host are served. */
	knownHostsOnly?: boolean;
	publicUrl?: string;
}

const hostnameOf = (host: string) => host.toLowerCase().replace(/:\d+$/, '');

async function tenantOfHost(db: Db, hostname: string): Promise<Tenant | undefined> {
	const [byHost] = await db.select({ tenant: tenants }).from(tenantHosts).innerJoin(tenants, eq(tenants.id, tenantHosts.tenantId)).where(eq(tenantHosts.host, hostname));
	return byHost?.tenant;
}

type Resolution = ResolvedTenant | null | 'unknown_host';

/**
 * Every request asks this, and the answer changes only when a tenant or its host names do: kept
 * per host name and slug while the change feed is heard. Any tenant change empties it (they are
 * rare); so does reaching the bound, which a flood of made-up host names would otherwise pass.
 */
const resolutions = new Map<string, Resolution>();
const MAX_RESOLUTIONS = 1000;
let tenantChanges = 0;
changes.onChange((_tenantId, topic) => {
	if (topic !== null && topic !== TENANT_TOPIC) return;
	tenantChanges++;
	resolutions.clear();
});

/**
 * Path prefix first, then host name, then the installation's default tenant. With
 * `knownHostsOnly`, a host name that is neither a tenant's nor PUBLIC_URL's is 'unknown_host'.
 */
export async function resolveTenant(db: Db, host: string, pathname: string, rules: HostRules = {}): Promise<Resolution> {
	if (!changes.listening) return lookUpTenant(db, host, pathname, rules);
	const key = `${hostnameOf(host)} ${tenantSlugFromPath(pathname) ?? ''} ${rules.knownHostsOnly ? 1 : 0} ${rules.publicUrl ?? ''}`;
	const kept = resolutions.get(key);
	if (kept !== undefined) return kept;
	const before = tenantChanges;
	const resolved = await lookUpTenant(db, host, pathname, rules);
	// A change heard while reading may not be in what was read.
	if (before === tenantChanges) {
		if (resolutions.size >= MAX_RESOLUTIONS) resolutions.clear();
		resolutions.set(key, resolved);
	}
	return resolved;
}

async function lookUpTenant(db: Db, host: string, pathname: string, rules: HostRules): Promise<Resolution> {
	const hostname = hostnameOf(host);
	const hosted = await tenantOfHost(db, hostname);
	if (rules.knownHostsOnly && !hosted && hostname !== (rules.publicUrl ? new URL(rules.publicUrl).hostname : undefined)) return 'unknown_host';
	const slug = tenantSlugFromPath(pathname);
	if (slug) {
		const tenant = await findTenantBySlug(db, slug);
		return tenant ? { tenant, basePath: `/t/${slug}` } : null;
	}
	if (hosted) return { tenant: hosted, basePath: '', host: hostname };
	const [fallback] = await db.select().from(tenants).where(eq(tenants.isDefault, true)).limit(1);
	return fallback ? { tenant: fallback, basePath: '' } : null;
}

/** Where the installation is reached when no tenant host name applies: PUBLIC_URL, or this machine in demo mode. */
export const installationUrl = (publicUrl: string | undefined) => (publicUrl ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');

/**
 * The absolute address links in mails and documents use: never the request's Host header, which
 * anybody can set, but the tenant's own host name the request matched, or PUBLIC_URL.
 */
export function linkBaseUrl(resolved: ResolvedTenant, publicUrl: string | undefined): string {
	if (resolved.host) return `${publicUrl?.startsWith('http:') ? 'http' : 'https'}://${resolved.host}`;
	return `${installationUrl(publicUrl)}${resolved.basePath}`;
}

/**
 * The absolute address of a tenant for mails sent without a request (reminders): its first
 * host name, else PUBLIC_URL (with the /t/<slug> prefix unless it is the default tenant).
 */
export async function tenantBaseUrl(db: Db, tenant: Tenant, publicUrl: string | undefined): Promise<string> {
	const [host] = await db.select({ host: tenantHosts.host }).from(tenantHosts).where(eq(tenantHosts.tenantId, tenant.id)).limit(1);
	if (host) return linkBaseUrl({ tenant, basePath: '', host: host.host }, publicUrl);
	return linkBaseUrl({ tenant, basePath: tenant.isDefault ? '' : `/t/${tenant.slug}` }, publicUrl);
}
