import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { createSession } from '../accounts/sessions';
import { hashToken } from '../accounts/tokens';
import { emailTokens, sessions } from '../accounts/schema';
import { jobs } from '../jobs/schema';
import { mails } from '../mail/schema';
import { notifications } from '../notifications/schema';
import { organisationInvitations } from '../organisations/schema';
import { periodicTasks } from '../jobs';
import { purgeExpiredData } from '.';

const DAY = 24 * 3600 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

describeOnDatabases('retention', (env) => {
	it('purges what has outlived its period and keeps the rest, every night at three', async () => {
		expect(periodicTasks()).toContainEqual({ name: 'data.retention', schedule: 'daily 03:00' });
		const tenant = await env().tenant();
		const { accountId } = await env().account(tenant);
		const db = env().db;
		const t = tenant.id;

		// Sessions: ended by idle time, by the 30-day limit, and one still running.
		const idle = await createSession(db, t, accountId);
		const old = await createSession(db, t, accountId);
		const live = await createSession(db, t, accountId);
		await db
			.update(sessions)
			.set({ expiresAt: ago(1) })
			.where(and(eq(sessions.tenantId, t), eq(sessions.id, hashToken(idle.token))));
		await db
			.update(sessions)
			.set({ createdAt: ago(31), expiresAt: new Date(Date.now() + DAY) })
			.where(and(eq(sessions.tenantId, t), eq(sessions.id, hashToken(old.token))));

		await db.insert(emailTokens).values([
			{ tenantId: t, id: `used-${t}`, accountId, purpose: 'verify_email', expiresAt: ago(5), usedAt: ago(8) },
			{ tenantId: t, id: `expired-${t}`, accountId, purpose: 'reset_password', expiresAt: ago(8) },
			{ tenantId: t, id: `recent-${t}`, accountId, purpose: 'reset_password', expiresAt: ago(1), usedAt: ago(2) },
			{ tenantId: t, id: `open-${t}`, accountId, purpose: 'verify_email', expiresAt: new Date(Date.now() + DAY) }
		]);
		await db.insert(jobs).values([
			{ tenantId: t, kind: 'test.done-old', payload: {}, status: 'done', finishedAt: ago(15) },
			{ tenantId: t, kind: 'test.done-new', payload: {}, status: 'done', finishedAt: ago(13) },
			{ tenantId: t, kind: 'test.failed-old', payload: {}, status: 'failed', finishedAt: ago(91) },
			{ tenantId: t, kind: 'test.failed-new', payload: {}, status: 'failed', finishedAt: ago(30) },
			{ tenantId: t, kind: 'test.pending', payload: {}, status: 'pending', runAt: new Date(Date.now() + 365 * DAY), createdAt: ago(400) }
		]);
		const mail = (subject: string, status: 'sent' | 'held' | 'queued' | 'failed', days: number) => ({
			tenantId: t,
			toAddress: 'a@example.org',
			template: 'test',
			subject,
			textBody: '',
			htmlBody: '',
			status,
			createdAt: ago(days)
		});
		await db.insert(mails).values([mail('sent-old', 'sent', 91), mail('held-old', 'held', 91), mail('sent-new', 'sent', 89), mail('queued-old', 'queued', 120)]);
		const entry = (kind: string, readDays: number | null, createdDays: number) => ({
			tenantId: t,
			accountId,
			kind,
			params: {},
			mail: 'off' as const,
			readAt: readDays === null ? null : ago(readDays),
			createdAt: ago(createdDays)
		});
		await db.insert(notifications).values([entry('read-old', 91, 100), entry('read-new', 10, 100), entry('unread-new', null, 300), entry('unread-old', null, 366)]);
		const organisationId = await env().organisation(tenant);
		const invitation = (id: string, values: { expiresAt: Date; acceptedAt?: Date }) => ({ tenantId: t, id: `${id}-${t}`, organisationId, email: 'x@example.org', role: 'editor' as const, ...values });
		await db
			.insert(organisationInvitations)
			.values([
				invitation('accepted-old', { expiresAt: ago(20), acceptedAt: ago(31) }),
				invitation('expired-old', { expiresAt: ago(31) }),
				invitation('expired-new', { expiresAt: ago(29) }),
				invitation('open', { expiresAt: new Date(Date.now() + 5 * DAY) })
			]);

		const purged = await purgeExpiredData(db);
		for (const rule of ['sessions', 'emailTokens', 'jobs', 'mails', 'notifications', 'organisationInvitations']) expect(purged[rule], rule).toBeGreaterThanOrEqual(1);

		expect((await db.select().from(sessions).where(eq(sessions.tenantId, t))).map((s) => s.id)).toEqual([hashToken(live.token)]);
		expect((await db.select().from(emailTokens).where(eq(emailTokens.tenantId, t))).map((r) => r.id).sort()).toEqual([`open-${t}`, `recent-${t}`].sort());
		expect((await db.select().from(jobs).where(eq(jobs.tenantId, t))).map((j) => j.kind).sort()).toEqual(['test.done-new', 'test.failed-new', 'test.pending']);
		expect((await db.select().from(mails).where(eq(mails.tenantId, t))).map((m) => m.subject).sort()).toEqual(['queued-old', 'sent-new']);
		expect((await db.select().from(notifications).where(eq(notifications.tenantId, t))).map((n) => n.kind).sort()).toEqual(['read-new', 'unread-new']);
		expect((await db.select().from(organisationInvitations).where(eq(organisationInvitations.tenantId, t))).map((i) => i.id).sort()).toEqual([`expired-new-${t}`, `open-${t}`].sort());
	});
});
