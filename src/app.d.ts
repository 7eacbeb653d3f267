import type { Tenant } from '$lib/server/core/tenants';
import type { Actor } from '$lib/server/core/permissions';
import type { PublicAccount } from '$lib/server/core/accounts';
import type { Ctx } from '$lib/server/core/context';
import type { Locale, Messages } from '$lib/i18n';

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
		/** What the root layout gives every page (src/routes/+layout.ts). */
		interface PageData {
			locale?: Locale;
			basePath?: string;
			/** Messages of the page's language only: all of them on the server, the page's own in the browser. */
			messages?: Messages;
		}
		interface Error {
			message: string;
			code?: string;
		}
	}
}

export {};
