import type { Tenant } from '$lib/server/core/tenants';
import type { Actor } from '$lib/server/core/permissions';
import type { PublicAccount } from '$lib/server/core/accounts';
import type { Ctx } from '$lib/server/core/context';
import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Locals {
			tenant: Tenant;
			basePath: string;
			locale: Locale;
			actor: Actor;
			account: PublicAccount | null;
			sessionToken: string | null;
			/** Ready-made use-case context for this request. */
			ctx: Ctx;
			/** Set by keepForVisitors(): the topics a visitor's answer may be kept under (core/http/page-cache.ts). */
			keptUntil?: string[];
		}
		interface Error {
			message: string;
			code?: string;
		}
	}
}

export {};
