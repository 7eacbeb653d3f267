import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { mails } from '../mail/schema';
import { notify } from '.';

describeOnDatabases('mails name the place by its kind', (env) => {
	it('says "im Kreis" for a Kreis and "in" for a town, in each recipient’s language', async () => {
		const town = await env().tenant({ name: 'Lindholm' });
		const kreis = { ...(await env().tenant({ name: 'Kreis Testaue' })), kind: 'district' as const };
		const bodyOf = async (tenant: typeof town, locale: 'de' | 'en') => {
			const email = `p-${locale}-${tenant.id.slice(0, 6)}@example.org`;
			await notify(env().db, { tenant, baseUrl: env().ctx(tenant).baseUrl }, { kind: 'email_changed', to: { email, locale }, params: { name: 'Lea', email } });
			const [mail] = await env()
				.db.select()
				.from(mails)
				.where(and(eq(mails.tenantId, tenant.id), eq(mails.toAddress, email)));
			return mail.textBody;
		};
		expect(await bodyOf(kreis, 'de')).toContain('„Engagiert im Kreis Testaue“');
		expect(await bodyOf(kreis, 'en')).toContain('“Engaged in Kreis Testaue”');
		expect(await bodyOf(town, 'de')).toContain('„Engagiert in Lindholm“');
	});
});
