import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { useTestSmtp } from '$lib/server/testing/smtp';
import { jobs } from '../jobs/schema';
import { backoffSeconds, runDueJobs, MAX_ATTEMPTS } from '../jobs';
import { configureMail, queueMail, findMail } from '.';
import { renderMail } from './templates';

const smtp = useTestSmtp();

it('renders German and English templates as text and HTML, escaping what people typed', () => {
	const de = renderMail('verify_email', 'de', { name: '<Lea>', tenant: 'Lindwerder', link: 'https://x.example/konto?token=abc' });
	expect(de.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
	expect(de.text).toContain('Hallo <Lea>');
	expect(de.html).toContain('Hallo &lt;Lea&gt;');
	expect(de.html).toContain('<a href="https://x.example/konto?token=abc">');
	expect(renderMail('verify_email', 'en', { name: 'Lea', tenant: 'Lindwerder', link: 'https://x' }).subject).not.toBe(de.subject);
});

it('waits longer after each failure, up to six hours', () => {
	expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([60, 120, 240, 480]);
	expect(backoffSeconds(30)).toBe(6 * 3600);
});

describeOnDatabases('mail outbox', (env) => {
	it('keeps mails in the outbox when no SMTP server is configured', async () => {
		configureMail({});
		const tenant = await env().tenant();
		const id = await queueMail(env().db, tenant.id, { to: 'a@example.org', template: 'reset_password', locale: 'de', params: { name: 'A', tenant: 'T', link: 'https://x' } });
		while ((await runDueJobs(env().db)) > 0);
		expect((await findMail(env().db, tenant.id, id))?.status).toBe('held');
	});

	it('sends over SMTP, and retries with backoff when the server refuses', async () => {
		configureMail({ smtpUrl: smtp().url, from: 'Gemeinwerk <noreply@example.org>' });
		const tenant = await env().tenant();
		const to = `retry-${tenant.slug}@example.org`;
		smtp().refuseOnce.add(to);
		const id = await queueMail(env().db, tenant.id, { to, template: 'reset_password', locale: 'en', params: { name: 'A', tenant: 'T', link: 'https://x' } });
		const jobWhere = and(eq(jobs.tenantId, tenant.id), eq(jobs.kind, 'mail.send'));

		await runDueJobs(env().db);
		const [afterFailure] = await env().db.select().from(jobs).where(jobWhere);
		expect(afterFailure).toMatchObject({ status: 'pending', attempts: 1 });
		expect(afterFailure.lastError).toContain('mailbox busy');
		expect(afterFailure.runAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
		expect(smtp().received.some((m) => m.to === to)).toBe(false);

		// Time passes: the job is due again and goes through.
		await env()
			.db.update(jobs)
			.set({ runAt: new Date(Date.now() - 1000) })
			.where(jobWhere);
		await runDueJobs(env().db);
		expect((await findMail(env().db, tenant.id, id))?.status).toBe('sent');
		expect(smtp().received.find((m) => m.to === to)?.raw).toContain('Set a new password');
		const [done] = await env().db.select().from(jobs).where(jobWhere);
		expect(done).toMatchObject({ status: 'done', attempts: 2 });
	});

	it('a job claimed by a worker that died is taken up again after its lease', async () => {
		configureMail({ smtpUrl: smtp().url });
		const tenant = await env().tenant();
		const to = `lease-${tenant.slug}@example.org`;
		await queueMail(env().db, tenant.id, { to, template: 'reset_password', locale: 'de', params: { name: 'A', tenant: 'T', link: 'https://x' } });
		const jobWhere = and(eq(jobs.tenantId, tenant.id), eq(jobs.kind, 'mail.send'));
		// As if a worker had claimed it (lease set, attempt counted) and then the process ended.
		await env()
			.db.update(jobs)
			.set({ attempts: 1, runAt: new Date(Date.now() + 300_000) })
			.where(jobWhere);
		await runDueJobs(env().db);
		expect(smtp().received.some((m) => m.to === to)).toBe(false);
		await env()
			.db.update(jobs)
			.set({ runAt: new Date(Date.now() - 1) })
			.where(jobWhere);
		await runDueJobs(env().db);
		expect(smtp().received.filter((m) => m.to === to)).toHaveLength(1);
	});

	it('gives up after the last attempt and marks the job failed', async () => {
		configureMail({ smtpUrl: smtp().url });
		const tenant = await env().tenant();
		smtp().refuseOnce.add(`fail-${tenant.slug}@example.org`);
		const id = await queueMail(env().db, tenant.id, { to: `fail-${tenant.slug}@example.org`, template: 'reset_password', locale: 'de', params: { name: 'A', tenant: 'T', link: 'https://x' } });
		const jobWhere = and(eq(jobs.tenantId, tenant.id), eq(jobs.kind, 'mail.send'));
		await env()
			.db.update(jobs)
			.set({ attempts: MAX_ATTEMPTS - 1 })
			.where(jobWhere);
		await runDueJobs(env().db);
		const [job] = await env().db.select().from(jobs).where(jobWhere);
		expect(job).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
		expect(await findMail(env().db, tenant.id, id)).toMatchObject({ status: 'failed', lastError: expect.stringContaining('mailbox busy') });
	});
});
