import type { Db } from '$lib/server/db/client';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { enqueueJob, registerJobHandler } from '../jobs';
import { ZEmailOnly } from './contracts';
import { findAccountById, findAccountByEmail } from './queries';
import { mailAccountLink } from './email-tokens';

export const PASSWORD_RESET_JOB = 'account.password_reset';

/** No address in it: only the account, or null when the address has none (or a disabled one). */
interface PasswordResetJob {
	accountId: string | null;
	tenantName: string;
	baseUrl: string;
}

/**
 * Always answers the same, and does the same work for every address, so neither the answer nor
 * its time tells who has an account: one look-up and one job. The job writes the link and its mail.
 */
export async function requestPasswordReset(ctx: Ctx, input: unknown): Promise<Result<null, 'invalid'>> {
	const parsed = ZEmailOnly.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const account = await findAccountByEmail(ctx.db, ctx.tenant.id, parsed.data.email);
	const payload: PasswordResetJob = {
		accountId: account && !account.disabledAt ? account.id : null,
		tenantName: ctx.tenant.name,
		baseUrl: ctx.baseUrl
	};
	await enqueueJob(ctx.db, ctx.tenant.id, PASSWORD_RESET_JOB, payload);
	return ok(null);
}

/** The job's work: the link goes to the account's address as it is when the job runs. */
export async function mailPasswordResetLink(db: Db, tenantId: string, payload: PasswordResetJob): Promise<void> {
	if (!payload.accountId) return;
	await db.transaction(async (tx) => {
		const account = await findAccountById(tx, tenantId, payload.accountId!);
		// Deleted or disabled since the request: nothing to send.
		if (!account || account.disabledAt) return;
		await mailAccountLink(tx, { tenant: { id: tenantId, name: payload.tenantName }, baseUrl: payload.baseUrl }, account, account.email, 'reset_password');
	});
}

registerJobHandler(PASSWORD_RESET_JOB, (db, job) => mailPasswordResetLink(db, job.tenantId, job.payload as PasswordResetJob));
