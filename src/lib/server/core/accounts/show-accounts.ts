import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { mayInTenant } from '../authorize';
import { listAccounts, type AccountListFilter } from './queries';

/** The admins' list of the municipality's accounts. */
export async function showAccounts(ctx: Ctx, filter: AccountListFilter): Promise<Result<Awaited<ReturnType<typeof listAccounts>>, 'forbidden'>> {
	if (!mayInTenant(ctx, 'account.list')) return fail('forbidden');
	return ok(await listAccounts(ctx.db, ctx.tenant.id, filter));
}
