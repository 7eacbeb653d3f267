import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { exportPersonalData } from '../privacy';
import { ownAccount } from './current-account';
import './personal-data';

/** Everything the platform holds about the signed-in person (DSGVO Art. 15 and 20). */
export async function exportMyData(ctx: Ctx): Promise<Result<Record<string, unknown>, 'forbidden'>> {
	const account = await ownAccount(ctx, 'account.read');
	if (!account) return fail('forbidden');
	const data = await exportPersonalData(ctx.db, ctx.tenant.id, account.id, account.email);
	return ok({
		exportedAt: new Date().toISOString(),
		platform: 'Gemeinwerk',
		municipality: { name: ctx.tenant.name, office: ctx.tenant.officeName, email: ctx.tenant.officeEmail },
		...data
	});
}
