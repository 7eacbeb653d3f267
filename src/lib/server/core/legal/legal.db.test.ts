import { expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { mails } from '../mail/schema';
import { listAudit } from '../audit';
import { getLegalPage, listAccessibilityFeedback, putLegalPage, submitAccessibilityFeedback, updateLegalPage } from '.';
import { loadLegalPage } from './load-page';

describeOnDatabases('legal pages and accessibility feedback', (env) => {
	it('admins edit the imprint per language; others may not', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const coordinator = await env().account(tenant, ['coordinator']);
		await putLegalPage(env().db, tenant.id, 'imprint', 'de', 'Alt');

		expect(await updateLegalPage(env().ctx(tenant, coordinator.actor), { kind: 'imprint', locale: 'de', body: 'Neu' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await updateLegalPage(env().ctx(tenant, admin.actor), { kind: 'imprint', locale: 'de', body: '   ' })).toMatchObject({
			ok: false,
			fields: { body: 'error.required' }
		});
		expect((await updateLegalPage(env().ctx(tenant, admin.actor), { kind: 'imprint', locale: 'de', body: '## Anbieterin\n\nStadt' })).ok).toBe(true);
		expect((await getLegalPage(env().db, tenant.id, 'imprint', 'de'))?.body).toBe('## Anbieterin\n\nStadt');
		// No English version yet: the German one is shown.
		expect((await getLegalPage(env().db, tenant.id, 'imprint', 'en'))?.locale).toBe('de');
		expect((await loadLegalPage({ ...env().ctx(tenant), locale: 'en' }, 'imprint')).html).toContain('<h2>Anbieterin</h2>');
		expect((await listAudit(env().db, tenant.id, { action: 'legal.updated' })).items[0]).toMatchObject({ actorId: admin.accountId, entityId: 'imprint:de' });
	});

	it('anyone reports a barrier; the office gets a mail and admins read the list', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const ctx = env().ctx(tenant);
		expect(await submitAccessibilityFeedback(ctx, { message: 'kurz' })).toMatchObject({ ok: false, fields: { message: 'error.feedback_short' } });
		expect(await submitAccessibilityFeedback(ctx, { message: 'Der Kontrast der Knöpfe ist zu schwach.', contactEmail: 'keine-adresse' })).toMatchObject({
			fields: { contactEmail: 'error.email' }
		});
		expect((await submitAccessibilityFeedback(ctx, { message: 'Der Kontrast der Knöpfe ist zu schwach.', pageUrl: '/anmelden', contactEmail: '' })).ok).toBe(true);

		const [mail] = await env().db.select().from(mails).where(eq(mails.tenantId, tenant.id));
		expect(mail.toAddress).toBe(tenant.officeEmail);
		expect(mail.textBody).toContain('Der Kontrast der Knöpfe ist zu schwach.');
		expect(await listAccessibilityFeedback(ctx)).toEqual({ ok: false, error: 'forbidden' });
		expect(valueOf(await listAccessibilityFeedback(env().ctx(tenant, admin.actor))).items[0]).toMatchObject({ pageUrl: '/anmelden', contactEmail: null });
	});
});
