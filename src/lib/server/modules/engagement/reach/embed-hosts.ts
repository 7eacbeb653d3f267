import { z } from 'zod';
import { useCase, ZNoInput } from '$lib/server/core/use-case';
import { ok } from '$lib/server/core/result';
import { recordAudit } from '$lib/server/core/audit';
import { engagementSettings } from '../schema';
import { embedHostsOf } from './queries';

/** At most this many sites may embed a town's widget. */
export const MAX_EMBED_HOSTS = 20;

/** One host name a line (or separated by commas or spaces); "https://" and a path are dropped, as people paste addresses. */
export const ZEmbedHosts = z.object({
	embedHosts: z
		.string()
		.max(4_000, { error: 'error.too_long' })
		.optional()
		.default('')
		.transform((text) => [
			...new Set(
				text
					.split(/[\s,;]+/)
					.map((s) =>
						s
							.trim()
							.toLowerCase()
							.replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
							.replace(/[/?#].*$/, '')
					)
					.filter(Boolean)
			)
		])
		.pipe(z.array(z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { error: 'reach.error.host' })).max(MAX_EMBED_HOSTS, { error: 'reach.error.too_many_hosts' }))
});

/** The sites the town allows to embed its widget, for the admin's form. */
export const showEmbedHosts = useCase({
	input: ZNoInput,
	permission: 'tenant.edit',
	run: async (ctx) => ok(await embedHostsOf(ctx.db, ctx.tenant.id))
});

/** Sets the sites that may embed the widget; the rest of the Freiwilligenbörse's settings stay as they are. */
export const updateEmbedHosts = useCase({
	input: ZEmbedHosts,
	permission: 'tenant.edit',
	run: async (ctx, { embedHosts }) => {
		const before = await embedHostsOf(ctx.db, ctx.tenant.id);
		await ctx.db.transaction(async (tx) => {
			await tx
				.insert(engagementSettings)
				.values({ tenantId: ctx.tenant.id, embedHosts })
				.onConflictDoUpdate({ target: engagementSettings.tenantId, set: { embedHosts, updatedAt: new Date() } });
			await recordAudit(tx, ctx.actor, { action: 'engagement.embed_hosts', entityType: 'tenant', entityId: ctx.tenant.id, before: { embedHosts: before }, after: { embedHosts } });
		});
		return ok(embedHosts);
	}
});
