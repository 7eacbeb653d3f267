import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { exportPersonalData, identifyPerson } from '../privacy';
import { ownAccount } from './current-account';

/** Everything the platform holds about the signed-in person under any address she had (DSGVO Art. 15 and 20); one-time links left out. */
export async function exportMyData(ctx: Ctx): Promise<Result<Record<string, unknown>, 'forbidden'>> {
	const account = await ownAccount(ctx, 'account.read');
	if (!account) return fail('forbidden');
	const subject = await identifyPerson(ctx.db, { tenantId: ctx.tenant.id, accountId: account.id, email: account.email, displayName: account.displayName, locale: ctx.locale });
	const data = await exportPersonalData(ctx.db, subject);
	return ok({
		exportedAt: new Date().toISOString(),
		platform: 'Gemeinwerk',
		municipality: { name: ctx.tenant.name, office: ctx.tenant.officeName, email: ctx.tenant.officeEmail },
		...data
	});
}
