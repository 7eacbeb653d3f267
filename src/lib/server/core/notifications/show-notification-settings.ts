import { and, eq } from 'drizzle-orm';
import type { MessageKey } from '$lib/i18n';
import { ok } from '../result';
import { useCase, ZNoInput } from '../use-case';
import { optionalKinds } from './kinds';
import { notificationPreferences, type Delivery } from './schema';

export interface KindSetting {
	kind: string;
	label: MessageKey;
	delivery: Delivery;
}

/** Every kind a person can set, with her choice or its default. */
export const showNotificationSettings = useCase({
	input: ZNoInput,
	own: 'account.read',
	run: async (ctx) => {
		const rows = await ctx.db
			.select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
			.from(notificationPreferences)
			.where(and(eq(notificationPreferences.tenantId, ctx.tenant.id), eq(notificationPreferences.accountId, ctx.actor.accountId)));
		const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
		return ok(optionalKinds().map((kind) => ({ kind: kind.name, label: kind.label, delivery: chosen.get(kind.name) ?? kind.defaultDelivery ?? 'immediately' })));
	}
});
