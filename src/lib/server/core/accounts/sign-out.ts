import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { invalidateAllSessions, invalidateSession } from './sessions';

export async function signOut(ctx: Ctx, token: string): Promise<void> {
	await invalidateSession(ctx.db, ctx.tenant.id, token);
}

/** Ends every session of the signed-in account, on all devices, this one included. */
export async function signOutEverywhere(ctx: Ctx): Promise<Result<null, 'forbidden'>> {
	if (!ctx.actor.accountId) return fail('forbidden');
	await invalidateAllSessions(ctx.db, ctx.tenant.id, ctx.actor.accountId);
	return ok(null);
}
