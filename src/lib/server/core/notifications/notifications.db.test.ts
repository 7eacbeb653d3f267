import { expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { useTestSmtp } from '$lib/server/testing/smtp';
import type { Tenant } from '../tenants';
import { mails } from '../mail/schema';
import { jobs } from '../jobs/schema';
import { configureMail } from '../mail';
import { runDueJobs } from '../jobs';
import { tenantBaseUrl } from '../tenants';
import { config } from '../config';
import { notifications } from './schema';
import { countUnreadNotifications, describeUnsubscribe, markNotificationsRead, notify, queueDigests, showNotifications, showNotificationSettings, unsubscribe, updateNotificationSettings } from '.';

const smtp = useTestSmtp();

/** The token of a mail's one-click link, as a mail program reads it from the header. */
const tokenOf = (mail: { headers: Record<string, string> }) => /[?&]token=([\w.-]+)>$/.exec(mail.headers['List-Unsubscribe'] ?? '')?.[1] ?? '';

describeOnDatabases('notifications', (env) => {
	const sender = (tenant: Tenant) => ({ tenant, baseUrl: env().ctx(tenant).baseUrl });
	const mailsTo = (tenant: Tenant, to: string) =>
		env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.toAddress, to)))
			.orderBy(asc(mails.createdAt));
	const person = async (tenant: Tenant) => {
		const account = await env().account(tenant);
		return { ...account, ctx: env().ctx(tenant, account.actor) };
	};
	const approved = (tenant: Tenant, accountId: string, title: string) =>
		notify(env().db, sender(tenant), { kind: 'moderation_approved', to: { accountId }, params: { name: 'Test Person', title, reason: '' }, link: '/netzwerk/organisationen/x' });

	it('an optional kind to an account: an entry in Mein Bereich and a mail at once, with the one-click link in its text and headers', async () => {
		const tenant = await env().tenant();
		const lea = await person(tenant);
		const sent = await approved(tenant, lea.accountId, 'Chor am Deich');
		expect(sent.notificationId).toEqual(expect.any(String));

		const [mail] = await mailsTo(tenant, lea.email);
		expect(mail.id).toBe(sent.mailId);
		expect(mail).toMatchObject({ template: 'moderation_approved', accountId: lea.accountId, subject: 'Veröffentlicht: Chor am Deich' });
		const base = env().ctx(tenant).baseUrl;
		expect(mail.headers).toEqual({ 'List-Unsubscribe': expect.stringMatching(new RegExp(`^<${base}/abbestellen\\?token=[\\w.-]+>$`)), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
		expect(mail.textBody).toContain(`${base}/netzwerk/organisationen/x`);
		expect(mail.textBody).toContain(`Mit einem Klick abbestellen: ${base}/abbestellen?token=${tokenOf(mail)}`);
		expect(mail.textBody).toContain(`Alle Benachrichtigungen einstellen: ${base}/mein-bereich/benachrichtigungen`);

		const list = valueOf(await showNotifications(lea.ctx));
		expect(list).toMatchObject({ total: 1, unread: 1, items: [{ title: 'Veröffentlicht: Chor am Deich', link: '/netzwerk/organisationen/x', readAt: null }] });
		expect(valueOf(await showNotifications({ ...lea.ctx, locale: 'en' })).items[0].title).toBe('Published: Chor am Deich');
	});

	it('sends attachments and the unsubscribe headers over SMTP; a transactional kind has neither entry nor unsubscribe', async () => {
		configureMail({ smtpUrl: smtp().url, from: 'Gemeinwerk <noreply@example.org>' });
		try {
			const tenant = await env().tenant();
			const lea = await person(tenant);
			const calendar = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:deichputz@example\r\nSUMMARY:Deichputz\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
			const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff, 0x00]);
			await notify(env().db, sender(tenant), {
				kind: 'moderation_approved',
				to: { accountId: lea.accountId },
				params: { name: 'Lea', title: 'Deichputz', reason: '' },
				link: '/kalender',
				attachments: [
					{ filename: 'deichputz.ics', contentType: 'text/calendar; method=REQUEST', content: calendar },
					{ filename: 'nachweis.pdf', contentType: 'application/pdf', content: pdf }
				]
			});
			const account = await notify(env().db, sender(tenant), { kind: 'email_changed', to: { accountId: lea.accountId }, params: { name: 'Lea', email: 'neu@example.org' } });
			expect(account.notificationId).toBeNull();
			while ((await runDueJobs(env().db)) > 0);

			const [withFiles, transactional] = smtp().received.filter((m) => m.to === lea.email);
			// A long header is folded onto the next line.
			expect(withFiles.raw).toMatch(/^List-Unsubscribe:\s+<https:\/\/engagement\.example\/t\/[\w-]+\/abbestellen\?token=[\w.-]+>\r?$/m);
			expect(withFiles.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
			expect(withFiles.raw).toMatch(/Content-Type: text\/calendar; method=REQUEST;?\s+name=deichputz\.ics/);
			expect(withFiles.raw).toContain(Buffer.from(calendar).toString('base64').slice(0, 40));
			expect(withFiles.raw).toMatch(/Content-Type: application\/pdf; name=nachweis\.pdf/);
			expect(withFiles.raw).toContain(Buffer.from(pdf).toString('base64'));
			expect(transactional.raw).not.toMatch(/List-Unsubscribe/);
			expect(transactional.raw).not.toContain('abbestellen');
			expect(valueOf(await showNotifications(lea.ctx)).total).toBe(1);
		} finally {
			configureMail({});
		}
	});

	it('a daily or weekly digest collects the entries into one mail, queued once per slot', async () => {
		const tenant = await env().tenant();
		const lea = await person(tenant);
		const ben = await person(tenant);
		valueOf(await updateNotificationSettings(lea.ctx, { moderation_approved: 'daily', organisation_stale: 'daily' }));
		valueOf(await updateNotificationSettings(ben.ctx, { moderation_approved: 'weekly' }));
		expect((await approved(tenant, lea.accountId, 'Chor am Deich')).mailId).toBeNull();
		await notify(env().db, sender(tenant), {
			kind: 'organisation_stale',
			to: { accountId: lea.accountId },
			params: { name: 'Lea', organisation: 'Tafel' },
			link: '/netzwerk/organisationen/t/bearbeiten'
		});
		expect((await approved(tenant, ben.accountId, 'Tauschring')).mailId).toBeNull();
		expect(await mailsTo(tenant, lea.email)).toEqual([]);

		// 07:00 in Berlin: the daily task queues one job per person, however often it is asked for the slot.
		const slot = new Date(`2026-03-0${Math.floor(Math.random() * 9) + 1}T06:00:00.000Z`);
		expect(await queueDigests(env().db, 'daily', slot)).toBeGreaterThanOrEqual(1);
		await queueDigests(env().db, 'daily', slot);
		const queued = await env()
			.db.select()
			.from(jobs)
			.where(and(eq(jobs.tenantId, tenant.id), eq(jobs.kind, 'notifications.digest')));
		expect(queued.map((j) => j.dedupeKey)).toEqual([`digest:daily:${lea.accountId}:${slot.toISOString()}`]);
		while ((await runDueJobs(env().db)) > 0);

		const [digest] = await mailsTo(tenant, lea.email);
		// Without a request, links come from the configured address (PUBLIC_URL or the town's host name).
		const base = await tenantBaseUrl(env().db, tenant, config().PUBLIC_URL);
		expect(digest).toMatchObject({ template: 'notification_digest_daily', subject: `Ihre tägliche Übersicht aus „Engagiert in ${tenant.name}“` });
		expect(digest.textBody).toContain(`– Veröffentlicht: Chor am Deich\n  ${base}/netzwerk/organisationen/x`);
		expect(digest.textBody).toContain(`– Bitte bestätigen Sie die Angaben von „Tafel“\n  ${base}/netzwerk/organisationen/t/bearbeiten`);
		expect(digest.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
		const entries = await env()
			.db.select()
			.from(notifications)
			.where(and(eq(notifications.tenantId, tenant.id), eq(notifications.accountId, lea.accountId)));
		expect(entries.every((e) => e.mailedAt !== null)).toBe(true);
		// Nothing waits any more: the next morning brings no mail.
		await queueDigests(env().db, 'daily', new Date(slot.getTime() + 24 * 3600 * 1000));
		while ((await runDueJobs(env().db)) > 0);
		expect(await mailsTo(tenant, lea.email)).toHaveLength(1);

		// Ben's waits for Monday.
		expect(await mailsTo(tenant, ben.email)).toEqual([]);
		await queueDigests(env().db, 'weekly', new Date('2026-03-02T06:00:00Z'));
		while ((await runDueJobs(env().db)) > 0);
		expect((await mailsTo(tenant, ben.email)).map((m) => m.template)).toEqual(['notification_digest_weekly']);
	});

	it('"no mail" keeps the entry only; entries waiting for a digest follow a changed setting', async () => {
		const tenant = await env().tenant();
		const lea = await person(tenant);
		valueOf(await updateNotificationSettings(lea.ctx, { moderation_approved: 'weekly' }));
		await approved(tenant, lea.accountId, 'Erstes');
		valueOf(await updateNotificationSettings(lea.ctx, { moderation_approved: 'off' }));
		expect((await approved(tenant, lea.accountId, 'Zweites')).mailId).toBeNull();
		const entries = await env()
			.db.select()
			.from(notifications)
			.where(and(eq(notifications.tenantId, tenant.id), eq(notifications.accountId, lea.accountId)));
		expect(entries.map((e) => e.mail)).toEqual(['off', 'off']);
		expect(valueOf(await showNotifications(lea.ctx)).unread).toBe(2);
		// Back to "at once": what waited goes in the next daily digest, new ones at once.
		valueOf(await updateNotificationSettings(lea.ctx, { moderation_approved: 'weekly' }));
		await approved(tenant, lea.accountId, 'Drittes');
		valueOf(await updateNotificationSettings(lea.ctx, { moderation_approved: 'immediately' }));
		const third = await env()
			.db.select()
			.from(notifications)
			.where(and(eq(notifications.tenantId, tenant.id), eq(notifications.accountId, lea.accountId), eq(notifications.mail, 'daily')));
		expect(third).toHaveLength(1);
		expect((await approved(tenant, lea.accountId, 'Viertes')).mailId).toEqual(expect.any(String));
		expect(valueOf(await showNotificationSettings(lea.ctx)).find((s) => s.kind === 'moderation_approved')).toEqual({
			kind: 'moderation_approved',
			label: 'notifications.kind.moderation_approved',
			delivery: 'immediately'
		});
	});

	it('one click on the link unsubscribes the account without a session; a changed or foreign link does nothing', async () => {
		const tenant = await env().tenant();
		const lea = await person(tenant);
		await approved(tenant, lea.accountId, 'Chor am Deich');
		const token = tokenOf((await mailsTo(tenant, lea.email))[0]);
		const visitor = env().ctx(tenant);

		expect(await describeUnsubscribe(visitor, token)).toEqual({ label: 'notifications.kind.moderation_approved', done: false });
		expect(await unsubscribe(visitor, `${token.slice(0, -2)}xx`)).toEqual({ ok: false, error: 'invalid_token' });
		expect(await describeUnsubscribe(env().ctx(await env().tenant()), token)).toBeNull();
		expect(await unsubscribe(visitor, token)).toEqual({ ok: true, value: { label: 'notifications.kind.moderation_approved', done: true } });
		expect(await describeUnsubscribe(visitor, token)).toEqual({ label: 'notifications.kind.moderation_approved', done: true });

		// Only that kind: others still come; the entry in Mein Bereich still comes.
		const settings = valueOf(await showNotificationSettings(lea.ctx));
		expect(settings.find((s) => s.kind === 'moderation_approved')?.delivery).toBe('off');
		expect(settings.find((s) => s.kind === 'moderation_rejected')?.delivery).toBe('immediately');
		const after = await approved(tenant, lea.accountId, 'Tauschring');
		expect(after).toMatchObject({ notificationId: expect.any(String), mailId: null });
	});

	it('an address without an account goes on the suppression list; an address of an account counts as the account', async () => {
		const tenant = await env().tenant();
		const stale = (to: { email: string; locale: 'de' }) =>
			notify(env().db, sender(tenant), { kind: 'organisation_stale', to, params: { name: 'Verein', organisation: 'Tafel' }, link: '/netzwerk/organisationen/t/bearbeiten' });
		const address = `info-${tenant.slug}@verein.example`;
		const first = await stale({ email: address, locale: 'de' });
		expect(first.notificationId).toBeNull();
		const [mail] = await mailsTo(tenant, address);
		expect(mail.textBody).toContain('abbestellen?token=');
		expect(mail.textBody).not.toContain('/mein-bereich/benachrichtigungen');
		const token = tokenOf(mail);
		expect(await describeUnsubscribe(env().ctx(tenant), token)).toEqual({ label: 'notifications.kind.organisation_stale', done: false });
		valueOf(await unsubscribe(env().ctx(tenant), token));
		// Written differently, still the same address.
		expect(await stale({ email: address.toUpperCase(), locale: 'de' })).toEqual({ notificationId: null, mailId: null });
		expect(await mailsTo(tenant, address)).toHaveLength(1);

		const lea = await person(tenant);
		const asAccount = await stale({ email: lea.email, locale: 'de' });
		expect(asAccount.notificationId).toEqual(expect.any(String));
		expect(valueOf(await showNotifications(lea.ctx)).items.map((i) => i.title)).toEqual(['Bitte bestätigen Sie die Angaben von „Tafel“']);
	});

	it('marks one entry or all as read and counts the unread; each person sees only her own', async () => {
		const tenant = await env().tenant();
		const lea = await person(tenant);
		const ben = await person(tenant);
		for (const title of ['Eins', 'Zwei', 'Drei']) await approved(tenant, lea.accountId, title);
		expect(await countUnreadNotifications(lea.ctx)).toBe(3);
		expect(await countUnreadNotifications(ben.ctx)).toBe(0);
		expect(await countUnreadNotifications(env().ctx(tenant))).toBe(0);

		const [newest] = valueOf(await showNotifications(lea.ctx)).items;
		expect(newest.title).toBe('Veröffentlicht: Drei');
		// Ben cannot mark Lea's entry; the id simply is not his.
		expect(await markNotificationsRead(ben.ctx, { id: newest.id })).toEqual({ ok: true, value: { marked: 0 } });
		expect(await markNotificationsRead(lea.ctx, { id: newest.id })).toEqual({ ok: true, value: { marked: 1 } });
		expect(await countUnreadNotifications(lea.ctx)).toBe(2);
		expect(await markNotificationsRead(lea.ctx, { all: 'on' })).toEqual({ ok: true, value: { marked: 2 } });
		expect(valueOf(await showNotifications(lea.ctx))).toMatchObject({ total: 3, unread: 0 });

		expect(await markNotificationsRead(lea.ctx, { id: 'keine-id' })).toMatchObject({ ok: false, error: 'invalid' });
		expect(await showNotifications(env().ctx(tenant))).toEqual({ ok: false, error: 'forbidden' });
		expect(await markNotificationsRead(env().ctx(tenant), { all: 'on' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await updateNotificationSettings(env().ctx(tenant), { moderation_approved: 'off' })).toEqual({ ok: false, error: 'forbidden' });
		// Signed in elsewhere: another municipality's person is a visitor here.
		expect(await showNotifications(env().ctx(tenant, (await env().account(await env().tenant())).actor))).toEqual({ ok: false, error: 'forbidden' });
	});

	it('a setting that is no choice is a sentence next to it', async () => {
		const tenant = await env().tenant();
		const lea = await person(tenant);
		expect(await updateNotificationSettings(lea.ctx, { moderation_approved: 'hourly', moderation_rejected: 'off' })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { moderation_approved: 'error.choose_one' }
		});
		expect(valueOf(await showNotificationSettings(lea.ctx)).every((s) => s.delivery === 'immediately')).toBe(true);
	});
});
