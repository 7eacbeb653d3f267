import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { ok } from '$lib/server/core/result';
import { useCase, ZNoInput } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { engagementSettings } from './schema';
import { ZEngagementSettings, type TEngagementSettings } from './contracts';
import { DEFAULT_EXPIRY_MONTHS } from './vocabulary';

export const DEFAULT_SETTINGS: TEngagementSettings & { embedHosts: string[] } = { reviewRequired: false, expiryMonths: DEFAULT_EXPIRY_MONTHS, embedHosts: [] };

/** A town's settings of the Freiwilligenbörse; a town that never saved them has the defaults. */
export async function settingsOf(db: Db, tenantId: string): Promise<typeof DEFAULT_SETTINGS> {
	const [row] = await db.select().from(engagementSettings).where(eq(engagementSettings.tenantId, tenantId));
	return row ? { reviewRequired: row.reviewRequired, expiryMonths: row.expiryMonths, embedHosts: row.embedHosts } : DEFAULT_SETTINGS;
}

/** For the admins' settings page. */
export const showEngagementSettings = useCase({
	input: ZNoInput,
	permission: 'tenant.edit',
	run: async (ctx) => ok(await settingsOf(ctx.db, ctx.tenant.id))
});

/** Admins decide whether coordinators review opportunities and how long they stay up (who may embed the widget: reach/embed-hosts.ts). */
export const updateEngagementSettings = useCase({
	input: ZEngagementSettings,
	permission: 'tenant.edit',
	run: async (ctx, input) => {
		await ctx.db.transaction(async (tx) => {
			const before = await settingsOf(tx, ctx.tenant.id);
			await tx
				.insert(engagementSettings)
				.values({ tenantId: ctx.tenant.id, ...input })
				.onConflictDoUpdate({ target: engagementSettings.tenantId, set: { ...input, updatedAt: new Date() } });
			await recordAudit(tx, ctx.actor, { action: 'engagement.settings_updated', entityType: 'tenant', entityId: ctx.tenant.id, before, after: input });
		});
		return ok(null);
	}
});
