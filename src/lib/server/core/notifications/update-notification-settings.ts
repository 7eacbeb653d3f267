import type { Ctx } from '../context';
import { can } from '../permissions';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { optionalKinds } from './kinds';
import { settingsSchema } from './contracts';
import { setDelivery } from './preferences';
import { deliveries } from './schema';

/** The person chooses per kind: mail at once, in a daily or weekly digest, or none. */
export async function updateNotificationSettings(ctx: Ctx, input: unknown): Promise<Result<null, 'forbidden' | 'invalid'>> {
	const accountId = ctx.actor.accountId;
	if (!accountId || !can(ctx.actor, 'account.update', { kind: 'account', tenantId: ctx.tenant.id, accountId })) return fail('forbidden');
	const parsed = settingsSchema(optionalKinds()).safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const chosen = Object.entries(parsed.data).filter((entry): entry is [string, (typeof deliveries)[number]] => entry[1] !== undefined);
	await ctx.db.transaction(async (tx) => {
		for (const delivery of deliveries) {
			const kinds = chosen.filter(([, d]) => d === delivery).map(([kind]) => kind);
			await setDelivery(tx, ctx.tenant.id, accountId, kinds, delivery);
		}
	});
	return ok(null);
}
