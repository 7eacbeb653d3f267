import { z } from 'zod';
import { ok } from '../result';
import { useCase } from '../use-case';
import { optionalKinds } from './kinds';
import { settingsSchema } from './contracts';
import { setDelivery } from './preferences';
import { deliveries } from './schema';

/** The person chooses per kind: mail at once, in a daily or weekly digest, or none. */
export const updateNotificationSettings = useCase({
	// Built when asked: capabilities register their kinds after this file is loaded.
	input: z.lazy(() => settingsSchema(optionalKinds())),
	own: 'account.update',
	run: async (ctx, input) => {
		const accountId = ctx.actor.accountId;
		const chosen = Object.entries(input).filter((entry): entry is [string, (typeof deliveries)[number]] => entry[1] !== undefined);
		await ctx.db.transaction(async (tx) => {
			for (const delivery of deliveries) {
				const kinds = chosen.filter(([, d]) => d === delivery).map(([kind]) => kind);
				await setDelivery(tx, ctx.tenant.id, accountId, kinds, delivery);
			}
		});
		return ok(null);
	}
});
