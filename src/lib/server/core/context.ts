import type { Db } from '$lib/server/db/client';
import type { Locale } from '$lib/i18n';
import type { Tenant } from './tenants';
import type { Actor } from './permissions';

/** What every use case gets: where it runs, for whom, and how to build links in mails. */
export interface Ctx {
	db: Db;
	tenant: Tenant;
	actor: Actor;
	locale: Locale;
	/** Absolute URL of the tenant's root, e.g. https://engagement.example or http://host/t/slug */
	baseUrl: string;
}
