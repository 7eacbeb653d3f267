import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases, PASSWORD, valueOf } from '$lib/server/testing/databases';
import { deleteAccount } from '../accounts';
import { mails } from '../mail/schema';
import { listAudit } from '../audit';
import { listAccessibilityFeedback, showAccessibilityFeedback, submitAccessibilityFeedback } from '.';
import { answerAccessibilityFeedback } from './answer-feedback';
import { sendFeedbackReminders } from './feedback-reminders';
import { accessibilityFeedback } from './schema';
import type { Tenant } from '../tenants';

const DAY = 24 * 3600 * 1000;

describeOnDatabases('answering accessibility feedback within six weeks', (env) => {
	async function report(tenant: Tenant, contactEmail = '') {
		expect((await submitAccessibilityFeedback(env().ctx(tenant), { pageUrl: '/netzwerk/stadtplan', message: 'Die Karte ist ohne Maus nicht bedienbar.', contactEmail })).ok).toBe(true);
		const rows = await env().db.select().from(accessibilityFeedback).where(eq(accessibilityFeedback.tenantId, tenant.id)).orderBy(accessibilityFeedback.createdAt);
		return rows[rows.length - 1].id;
	}
	const received = (tenant: Tenant, id: string, daysAgo: number) =>
		env()
			.db.update(accessibilityFeedback)
			.set({ createdAt: new Date(Date.now() - daysAgo * DAY) })
			.where(and(eq(accessibilityFeedback.tenantId, tenant.id), eq(accessibilityFeedback.id, id)));
	const mailsTo = (tenant: Tenant, to: string, template: string) =>
		env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.toAddress, to), eq(mails.template, template)));

	it('a new report is due in six weeks; the office sets its status and handler, and the log says so', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const coordinator = await env().account(tenant, ['coordinator']);
		const resident = await env().account(tenant);
		const id = await report(tenant);
		const ctx = env().ctx(tenant, admin.actor);

		const [item] = valueOf(await listAccessibilityFeedback(ctx)).items;
		expect(item).toMatchObject({ status: 'new', handlerId: null, daysLeft: 42 });
		expect(item.deadline.getTime() - item.createdAt.getTime()).toBe(42 * DAY);
		expect(
			valueOf(await showAccessibilityFeedback(ctx, id))
				.handlers.map((h) => h.id)
				.sort()
		).toEqual([admin.accountId, coordinator.accountId].sort());

		expect(await answerAccessibilityFeedback(ctx, { feedbackId: id, status: 'in_progress', handlerId: coordinator.accountId, reply: '' })).toEqual({
			ok: true,
			value: { status: 'in_progress', mailed: false }
		});
		expect(valueOf(await listAccessibilityFeedback(ctx)).items[0]).toMatchObject({ status: 'in_progress', handlerId: coordinator.accountId, handlerName: 'Test Person' });
		expect((await listAudit(env().db, tenant.id, { entityId: id })).items[0]).toMatchObject({
			action: 'feedback.updated',
			actorId: admin.accountId,
			before: { status: 'new', handlerId: null },
			after: { status: 'in_progress', handlerId: coordinator.accountId }
		});
		// Only admins and coordinators handle reports, and only they see them.
		expect(await answerAccessibilityFeedback(ctx, { feedbackId: id, status: 'in_progress', handlerId: resident.accountId, reply: '' })).toMatchObject({
			ok: false,
			fields: { handlerId: 'error.choose_one' }
		});
		expect(await answerAccessibilityFeedback(ctx, { feedbackId: id, status: 'done', reply: '' })).toMatchObject({ ok: false, fields: { status: 'error.choose_one' } });
		expect(await answerAccessibilityFeedback(env().ctx(tenant, resident.actor), { feedbackId: id, status: 'closed', reply: '' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await showAccessibilityFeedback(env().ctx(tenant, resident.actor), id)).toEqual({ ok: false, error: 'forbidden' });
		expect((await answerAccessibilityFeedback(env().ctx(tenant, coordinator.actor), { feedbackId: id, status: 'closed', handlerId: coordinator.accountId, reply: '' })).ok).toBe(true);
		// When the handler's account is deleted, the report stays, without her.
		expect((await deleteAccount(env().ctx(tenant, coordinator.actor), { currentPassword: PASSWORD, confirm: 'on' })).ok).toBe(true);
		expect(valueOf(await listAccessibilityFeedback(ctx)).items[0]).toMatchObject({ id, status: 'closed', handlerId: null, handlerName: null });
	});

	it('an answer is mailed to the address the sender left and marks the report answered', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const ctx = env().ctx(tenant, admin.actor);
		const id = await report(tenant, 'melderin@example.org');

		const reply = 'Danke! Die Karte lässt sich ab sofort mit der Tastatur bedienen.';
		expect(await answerAccessibilityFeedback(ctx, { feedbackId: id, status: 'in_progress', handlerId: admin.accountId, reply })).toEqual({ ok: true, value: { status: 'answered', mailed: true } });
		const [mail] = await mailsTo(tenant, 'melderin@example.org', 'accessibility_feedback_reply');
		expect(mail.textBody).toContain(reply);
		expect(mail.textBody).toContain('Die Karte ist ohne Maus nicht bedienbar.');
		const [item] = valueOf(await listAccessibilityFeedback(ctx)).items;
		expect(item).toMatchObject({ status: 'answered', reply, daysLeft: null });
		expect(item.repliedAt).toBeInstanceOf(Date);
		expect((await listAudit(env().db, tenant.id, { action: 'feedback.replied' })).items[0]).toMatchObject({ entityId: id, after: { status: 'answered', replied: true } });

		// Saving again without a new answer sends nothing more; closing keeps the answer.
		expect(await answerAccessibilityFeedback(ctx, { feedbackId: id, status: 'closed', handlerId: admin.accountId, reply })).toEqual({ ok: true, value: { status: 'closed', mailed: false } });
		expect(await mailsTo(tenant, 'melderin@example.org', 'accessibility_feedback_reply')).toHaveLength(1);

		// Without an address the answer is kept, and no mail goes anywhere.
		const anonymous = await report(tenant);
		expect(await answerAccessibilityFeedback(ctx, { feedbackId: anonymous, status: 'new', reply: 'Behoben.' })).toEqual({ ok: true, value: { status: 'answered', mailed: false } });
		expect(
			await env()
				.db.select()
				.from(mails)
				.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'accessibility_feedback_reply')))
		).toHaveLength(1);
	});

	it('a week before the deadline the handler, or else every admin, is reminded once', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const secondAdmin = await env().account(tenant, ['admin']);
		const coordinator = await env().account(tenant, ['coordinator']);
		const ctx = env().ctx(tenant, admin.actor);
		const handled = await report(tenant);
		const unhandled = await report(tenant);
		const recent = await report(tenant);
		const answered = await report(tenant);
		await received(tenant, handled, 36);
		await received(tenant, unhandled, 35);
		await received(tenant, recent, 34);
		await received(tenant, answered, 40);
		valueOf(await answerAccessibilityFeedback(ctx, { feedbackId: handled, status: 'in_progress', handlerId: coordinator.accountId, reply: '' }));
		valueOf(await answerAccessibilityFeedback(ctx, { feedbackId: answered, status: 'in_progress', reply: 'Erledigt.' }));

		await sendFeedbackReminders(env().db);
		const reminded = async (email: string) => (await mailsTo(tenant, email, 'accessibility_feedback_due')).length;
		expect(await reminded(coordinator.email)).toBe(1);
		expect(await reminded(admin.email)).toBe(1);
		expect(await reminded(secondAdmin.email)).toBe(1);
		const [mail] = await mailsTo(tenant, coordinator.email, 'accessibility_feedback_due');
		expect(mail.textBody).toContain(`/admin/rueckmeldungen/${handled}`);

		// Run again the next day: nothing twice; the recent report's turn comes a day later.
		await sendFeedbackReminders(env().db);
		expect(await reminded(coordinator.email)).toBe(1);
		expect(await reminded(admin.email)).toBe(1);
		await sendFeedbackReminders(env().db, new Date(Date.now() + DAY + 60_000));
		expect(await reminded(admin.email)).toBe(2);
		expect(await reminded(coordinator.email)).toBe(1);
	});
});
