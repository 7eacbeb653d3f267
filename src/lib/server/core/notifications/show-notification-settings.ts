import { and, eq } from 'drizzle-orm';
import type { MessageKey } from '$lib/i18n';
import type { Ctx } from '../context';
import { can } from '../permissions';
import { fail, ok, type Result } from '../result';
import { optionalKinds } from './kinds';
import { notificationPreferences, type Delivery } from './schema';

export interface KindSetting {
	kind: string;
	label: MessageKey;
	delivery: Delivery;
}

/** Every kind a person can set, with her choice or its default. */
export async function showNotificationSettings(ctx: Ctx): Promise<Result<KindSetting[], 'forbidden'>> {
	const accountId = ctx.actor.accountId;
	if (!accountId || !can(ctx.actor, 'account.read', { kind: 'account', tenantId: ctx.tenant.id, accountId })) return fail('forbidden');
	const rows = await ctx.db
		.select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
		.from(notificationPreferences)
		.where(and(eq(notificationPreferences.tenantId, ctx.tenant.id), eq(notificationPreferences.accountId, accountId)));
	const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
	return ok(optionalKinds().map((kind) => ({ kind: kind.name, label: kind.label, delivery: chosen.get(kind.name) ?? kind.defaultDelivery ?? 'immediately' })));
}
