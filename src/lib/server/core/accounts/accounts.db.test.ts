import { expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { describeOnDatabases, PASSWORD } from '$lib/server/testing/databases';
import { mails } from '../mail/schema';
import { auditLog } from '../audit/schema';
import { accessibilityFeedback } from '../legal/schema';
import { submitAccessibilityFeedback } from '../legal';
import type { Ctx } from '../context';
import {
	changePassword,
	confirmEmail,
	createSession,
	deleteAccount,
	exportMyData,
	findAccountByEmail,
	loadActor,
	registerAccount,
	requestEmailChange,
	requestPasswordReset,
	resendVerification,
	resetPassword,
	signIn,
	signOutEverywhere,
	updateProfile,
	validateSession
} from '.';
import { accounts, sessions } from './schema';
import { issueEmailToken } from './email-tokens';
import { jobs } from '../jobs/schema';
import { mailPasswordResetLink, PASSWORD_RESET_JOB } from './request-password-reset';
import { getTableName, type Table } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';

/** Does the job worker's part for this tenant's reset requests: writes their links and mails. */
async function deliverPasswordResets(ctx: Ctx): Promise<void> {
	const due = await ctx.db
		.select()
		.from(jobs)
		.where(and(eq(jobs.tenantId, ctx.tenant.id), eq(jobs.kind, PASSWORD_RESET_JOB), eq(jobs.status, 'pending')))
		.orderBy(jobs.id);
	for (const job of due) {
		await mailPasswordResetLink(ctx.db, job.tenantId, job.payload as Parameters<typeof mailPasswordResetLink>[2]);
		await ctx.db
			.update(jobs)
			.set({ status: 'done' })
			.where(and(eq(jobs.tenantId, job.tenantId), eq(jobs.id, job.id)));
	}
}

/** Every database call a use case makes, in order, with the table it names. */
function recordingDb(db: Db, calls: string[]): Db {
	const named = (table: unknown) => getTableName(table as Table);
	return new Proxy(db, {
		get(target, property, receiver) {
			const value = Reflect.get(target, property, receiver);
			if (typeof value !== 'function') return value;
			if (property === 'transaction')
				return (run: (tx: Db) => Promise<unknown>) => {
					calls.push('transaction');
					return target.transaction((tx) => run(recordingDb(tx as unknown as Db, calls)));
				};
			if (property === 'select')
				return (...fields: unknown[]) => {
					const builder = (value as (...a: unknown[]) => { from: (t: unknown) => unknown }).apply(target, fields);
					return new Proxy(builder, {
						get: (b, p, r) =>
							p === 'from'
								? (table: unknown) => {
										calls.push(`select ${named(table)}`);
										return b.from(table);
									}
								: Reflect.get(b, p, r)
					});
				};
			if (property === 'insert' || property === 'update' || property === 'delete')
				return (table: unknown) => {
					calls.push(`${String(property)} ${named(table)}`);
					return (value as (t: unknown) => unknown).call(target, table);
				};
			if (typeof property === 'string' && property !== 'constructor') calls.push(property);
			return value.bind(target);
		}
	});
}

/** The link token from the newest mail to an address, as a resident would click it. */
async function tokenFromMail(ctx: Ctx, to: string): Promise<string> {
	await deliverPasswordResets(ctx);
	const [mail] = await ctx.db
		.select()
		.from(mails)
		.where(and(eq(mails.tenantId, ctx.tenant.id), eq(mails.toAddress, to)))
		.orderBy(desc(mails.createdAt))
		.limit(1);
	const token = /token=([\w-]+)/.exec(mail?.textBody ?? '')?.[1];
	if (!token) throw new Error(`no link in mail to ${to}`);
	return token;
}

/** The "password changed" mails to an address, subject and text. */
async function securityMails(ctx: Ctx, to: string): Promise<string[]> {
	const rows = await ctx.db
		.select()
		.from(mails)
		.where(and(eq(mails.tenantId, ctx.tenant.id), eq(mails.toAddress, to), eq(mails.template, 'password_changed')));
	return rows.map((m) => `${m.subject}\n${m.textBody}`);
}

describeOnDatabases('accounts', (env) => {
	it('registers, confirms the address by mail and signs in', async () => {
		const tenant = await env().tenant();
		const ctx = env().ctx(tenant);
		const registered = await registerAccount(ctx, { displayName: 'Lea', email: ' Lea@Example.org ', password: PASSWORD });
		expect(registered.ok).toBe(true);

		const [mail] = await ctx.db.select().from(mails).where(eq(mails.tenantId, tenant.id));
		expect(mail.toAddress).toBe('lea@example.org');
		expect(mail.textBody).toContain(`https://engagement.example/t/${tenant.slug}/konto/bestaetigen?token=`);
		expect(mail.htmlBody).toContain('<a href="https://engagement.example');

		expect(await signIn(ctx, { email: 'lea@example.org', password: PASSWORD })).toMatchObject({ ok: false, error: 'unverified' });
		expect(await confirmEmail(ctx, await tokenFromMail(ctx, 'lea@example.org'))).toEqual({ ok: true, value: { purpose: 'verify_email' } });

		const session = await signIn(ctx, { email: 'LEA@example.org', password: PASSWORD });
		expect(session.ok).toBe(true);
		if (!session.ok) return;
		const valid = await validateSession(ctx.db, tenant.id, session.value.token);
		expect(valid?.account.email).toBe('lea@example.org');
		expect(valid?.actor.roles).toEqual([]);
		expect(valid && 'passwordHash' in valid.account).toBe(false);
	});

	it('refuses bad input with field messages and keeps one account per address', async () => {
		const tenant = await env().tenant();
		const ctx = env().ctx(tenant);
		expect(await registerAccount(ctx, { displayName: '', email: 'kein-at', password: 'kurz' })).toMatchObject({
			ok: false,
			error: 'invalid',
			fields: { displayName: 'error.required', email: 'error.email' }
		});
		expect(await registerAccount(ctx, { displayName: 'Ali', email: 'ali@example.org', password: 'kurz' })).toMatchObject({
			fields: { password: 'error.password_short' }
		});
		expect((await registerAccount(ctx, { displayName: 'Ali', email: 'ali@example.org', password: PASSWORD })).ok).toBe(true);
		// A taken address is answered alike, so the form tells nobody who is registered; the owner gets a mail.
		expect(await registerAccount(ctx, { displayName: 'Ali 2', email: 'ALI@example.org', password: PASSWORD })).toEqual({ ok: true, value: null });
		const sent = await ctx.db.select().from(mails).where(eq(mails.tenantId, tenant.id)).orderBy(mails.createdAt);
		expect(sent.map((m) => [m.toAddress, m.template])).toEqual([
			['ali@example.org', 'verify_email'],
			['ali@example.org', 'email_in_use']
		]);
		expect(sent[1].textBody).toContain(`/t/${tenant.slug}/passwort-vergessen`);
		expect(sent[1].textBody).not.toContain('token=');
	});

	it('an e-mail change to a taken address is answered alike and tells that address’s owner', async () => {
		const tenant = await env().tenant();
		const taken = await env().account(tenant);
		const { actor } = await env().account(tenant);
		const ctx = env().ctx(tenant, actor);
		expect(await requestEmailChange(ctx, { email: taken.email, currentPassword: PASSWORD })).toEqual({ ok: true, value: null });
		const sent = await ctx.db.select().from(mails).where(eq(mails.tenantId, tenant.id));
		expect(sent.map((m) => [m.toAddress, m.template])).toEqual([[taken.email, 'email_in_use']]);
	});

	it('a used or outdated link proves nothing: resets end with a used reset, a new password and a new address', async () => {
		const tenant = await env().tenant();
		const { email, accountId, actor } = await env().account(tenant);
		const ctx = env().ctx(tenant, actor);
		const resetLinks = async () => {
			await requestPasswordReset(ctx, { email });
			const first = await tokenFromMail(ctx, email);
			await requestPasswordReset(ctx, { email });
			return [first, await tokenFromMail(ctx, email)];
		};
		const stillValid = (token: string) => resetPassword(ctx, { token, password: 'Wind-ueber-dem-Deich-44' }).then((r) => r.ok);

		// A newer reset used: the older link is dead.
		let [older, newer] = await resetLinks();
		expect(older).not.toBe(newer);
		expect((await resetPassword(ctx, { token: newer, password: 'Neuer-Morgen-am-Hafen-3' })).ok).toBe(true);
		expect(await stillValid(older)).toBe(false);

		// A password change ends every outstanding reset link.
		[older, newer] = await resetLinks();
		const fresh = await loadActor(ctx.db, tenant.id, accountId);
		expect((await changePassword(env().ctx(tenant, fresh), { currentPassword: 'Neuer-Morgen-am-Hafen-3', newPassword: 'Abend-am-Deich-mit-Tee' })).ok).toBe(true);
		expect(await stillValid(older)).toBe(false);
		expect(await stillValid(newer)).toBe(false);

		// Asking to move the address ends the resets mailed to the current one.
		[older, newer] = await resetLinks();
		expect((await requestEmailChange(ctx, { email: 'neu-adresse@example.org', currentPassword: 'Abend-am-Deich-mit-Tee' })).ok).toBe(true);
		const changeLink = await tokenFromMail(ctx, 'neu-adresse@example.org');
		expect(await stillValid(older)).toBe(false);
		expect(await stillValid(newer)).toBe(false);

		// After a change of address, whoever reads the old mailbox cannot reset the password with a link sent there.
		[older, newer] = await resetLinks();
		expect((await confirmEmail(ctx, changeLink)).ok).toBe(true);
		expect(await stillValid(older)).toBe(false);
		expect(await stillValid(newer)).toBe(false);
		expect((await signIn(ctx, { email: 'neu-adresse@example.org', password: 'Abend-am-Deich-mit-Tee' })).ok).toBe(true);
	});

	it('a newer change of address ends the earlier change and confirmation links; the old address hears of the change', async () => {
		const tenant = await env().tenant();
		const { email, accountId, actor } = await env().account(tenant);
		const ctx = env().ctx(tenant, actor);
		const confirmation = await issueEmailToken(ctx.db, tenant.id, accountId, 'verify_email');

		expect((await requestEmailChange(ctx, { email: 'mo-alt@example.org', currentPassword: PASSWORD })).ok).toBe(true);
		const first = await tokenFromMail(ctx, 'mo-alt@example.org');
		expect(await confirmEmail(ctx, confirmation)).toEqual({ ok: false, error: 'invalid_token' });
		expect((await requestEmailChange(ctx, { email: 'mo-neu@example.org', currentPassword: PASSWORD })).ok).toBe(true);
		const second = await tokenFromMail(ctx, 'mo-neu@example.org');
		expect(await confirmEmail(ctx, first)).toEqual({ ok: false, error: 'invalid_token' });
		expect(await confirmEmail(ctx, second)).toEqual({ ok: true, value: { purpose: 'change_email' } });

		const told = await ctx.db
			.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'email_changed')));
		expect(told.map((m) => m.toAddress)).toEqual([email]);
		expect(told[0].textBody).toContain('mo-neu@example.org');
	});

	it('a reset request does the same work for a known, a disabled and an unknown address', async () => {
		const tenant = await env().tenant();
		const known = await env().account(tenant);
		const disabled = await env().account(tenant);
		await env()
			.db.update(accounts)
			.set({ disabledAt: new Date() })
			.where(and(eq(accounts.tenantId, tenant.id), eq(accounts.id, disabled.accountId)));
		const callsFor = async (email: string) => {
			const calls: string[] = [];
			const ctx = { ...env().ctx(tenant), db: recordingDb(env().db, calls) };
			expect(await requestPasswordReset(ctx, { email })).toEqual({ ok: true, value: null });
			return calls;
		};
		const calls = await callsFor(known.email);
		expect(calls).toEqual(['select accounts', 'insert jobs']);
		expect(await callsFor(disabled.email)).toEqual(calls);
		expect(await callsFor('niemand@example.org')).toEqual(calls);

		// Nothing about the address is written before the job runs; then only the known address gets a link.
		const queued = await env()
			.db.select()
			.from(jobs)
			.where(and(eq(jobs.tenantId, tenant.id), eq(jobs.kind, PASSWORD_RESET_JOB)));
		expect(queued).toHaveLength(3);
		expect(JSON.stringify(queued.map((j) => j.payload))).not.toContain('@');
		expect(await env().db.select().from(mails).where(eq(mails.tenantId, tenant.id))).toEqual([]);
		await deliverPasswordResets(env().ctx(tenant));
		const sent = await env().db.select().from(mails).where(eq(mails.tenantId, tenant.id));
		expect(sent.map((m) => [m.toAddress, m.template])).toEqual([[known.email, 'reset_password']]);
	});

	it('a confirmation link works once', async () => {
		const tenant = await env().tenant();
		const ctx = env().ctx(tenant);
		await registerAccount(ctx, { displayName: 'Jo', email: 'jo@example.org', password: PASSWORD });
		const token = await tokenFromMail(ctx, 'jo@example.org');
		expect((await confirmEmail(ctx, token)).ok).toBe(true);
		expect(await confirmEmail(ctx, token)).toEqual({ ok: false, error: 'invalid_token' });
		expect(await confirmEmail(ctx, 'made-up-token-123')).toEqual({ ok: false, error: 'invalid_token' });
	});

	it('resends a confirmation only to unconfirmed addresses', async () => {
		const tenant = await env().tenant();
		const ctx = env().ctx(tenant);
		await registerAccount(ctx, { displayName: 'Kim', email: 'kim@example.org', password: PASSWORD });
		expect((await resendVerification(ctx, { email: 'kim@example.org' })).ok).toBe(true);
		expect((await resendVerification(ctx, { email: 'unknown@example.org' })).ok).toBe(true);
		const sent = await ctx.db.select().from(mails).where(eq(mails.tenantId, tenant.id));
		expect(sent.map((m) => m.toAddress)).toEqual(['kim@example.org', 'kim@example.org']);
	});

	it('says the same for wrong passwords and unknown addresses', async () => {
		const tenant = await env().tenant();
		const { email } = await env().account(tenant);
		const ctx = env().ctx(tenant);
		expect(await signIn(ctx, { email, password: 'Falsches-Passwort-123' })).toEqual({ ok: false, error: 'invalid_credentials' });
		expect(await signIn(ctx, { email: 'niemand@example.org', password: PASSWORD })).toEqual({ ok: false, error: 'invalid_credentials' });
	});

	it('extends a session used near its end, up to 30 days after sign-in, and ends expired ones', async () => {
		const tenant = await env().tenant();
		const { accountId } = await env().account(tenant);
		const days = (n: number) => new Date(Date.now() + n * 24 * 3600 * 1000);
		const { token, expiresAt } = await createSession(env().db, tenant.id, accountId);
		expect(expiresAt.getTime()).toBeGreaterThan(days(13.9).getTime());
		expect(expiresAt.getTime()).toBeLessThan(days(14.1).getTime());
		const set = (values: Partial<typeof sessions.$inferInsert>) =>
			env()
				.db.update(sessions)
				.set(values)
				.where(and(eq(sessions.tenantId, tenant.id), eq(sessions.accountId, accountId)));

		// Used in its last week: two more weeks.
		await set({ expiresAt: days(5) });
		const renewed = await validateSession(env().db, tenant.id, token);
		expect(renewed?.renewed).toBe(true);
		expect(renewed!.expiresAt.getTime()).toBeGreaterThan(days(13.9).getTime());

		// Signed in 25 days ago and used all along: the renewal stops at day 30.
		await set({ createdAt: days(-25), expiresAt: days(3) });
		const capped = await validateSession(env().db, tenant.id, token);
		expect(capped?.renewed).toBe(true);
		expect(Math.abs(capped!.expiresAt.getTime() - days(5).getTime())).toBeLessThan(60_000);
		expect((await validateSession(env().db, tenant.id, token))?.renewed).toBe(false);

		// 30 days after sign-in it is over, even with a later expiry written in the row.
		await set({ createdAt: days(-30.01), expiresAt: days(10) });
		expect(await validateSession(env().db, tenant.id, token)).toBeNull();

		await set({ createdAt: new Date(), expiresAt: new Date(Date.now() - 1000) });
		expect(await validateSession(env().db, tenant.id, token)).toBeNull();
	});

	it('resets a forgotten password by mail and ends all sessions', async () => {
		const tenant = await env().tenant();
		const { email, accountId } = await env().account(tenant);
		const ctx = env().ctx(tenant);
		const old = await createSession(ctx.db, tenant.id, accountId);
		expect((await requestPasswordReset(ctx, { email })).ok).toBe(true);
		expect((await requestPasswordReset(ctx, { email: 'niemand@example.org' })).ok).toBe(true);
		const token = await tokenFromMail(ctx, email);

		expect(await resetPassword(ctx, { token, password: 'zu-kurz' })).toMatchObject({ ok: false, fields: { password: 'error.password_short' } });
		// A refused weak password does not use up the link.
		expect(await resetPassword(ctx, { token, password: 'Neuer-Morgen-am-Hafen-3' })).toEqual({ ok: true, value: { email } });
		expect(await resetPassword(ctx, { token, password: 'Noch-ein-Morgen-am-Hafen' })).toEqual({ ok: false, error: 'invalid_token' });
		expect(await validateSession(ctx.db, tenant.id, old.token)).toBeNull();
		expect((await signIn(ctx, { email, password: 'Neuer-Morgen-am-Hafen-3' })).ok).toBe(true);
		// The address hears of the new password, with the way back if it was not her.
		expect(await securityMails(ctx, email)).toEqual([expect.stringContaining(`${ctx.baseUrl}/passwort-vergessen`)]);
	});

	it('changes the password, keeping only the current session', async () => {
		const tenant = await env().tenant();
		const { email, accountId, actor } = await env().account(tenant);
		const ctx = env().ctx(tenant, actor);
		const here = await createSession(ctx.db, tenant.id, accountId);
		const elsewhere = await createSession(ctx.db, tenant.id, accountId);
		expect(await changePassword(ctx, { currentPassword: 'falsch-falsch-falsch', newPassword: 'Abend-am-Deich-mit-Tee' }, here.token)).toMatchObject({
			error: 'wrong_password'
		});
		expect((await changePassword(ctx, { currentPassword: PASSWORD, newPassword: 'Abend-am-Deich-mit-Tee' }, here.token)).ok).toBe(true);
		expect(await validateSession(ctx.db, tenant.id, here.token)).not.toBeNull();
		expect(await validateSession(ctx.db, tenant.id, elsewhere.token)).toBeNull();
		expect((await signIn(ctx, { email, password: 'Abend-am-Deich-mit-Tee' })).ok).toBe(true);
		// One security mail for the one change: none for the refused try.
		const [mail] = await securityMails(ctx, email);
		expect(mail).toContain('Ihr Passwort wurde geändert');
		expect(mail).toContain('Wenn nicht Sie das waren');
		expect(await securityMails(ctx, email)).toHaveLength(1);
	});

	it('changes the address only after the new one is confirmed, and tells the old one', async () => {
		const tenant = await env().tenant();
		const { email, accountId, actor } = await env().account(tenant);
		const ctx = env().ctx(tenant, actor);
		expect((await requestEmailChange(ctx, { email: 'neu@example.org', currentPassword: PASSWORD })).ok).toBe(true);
		expect((await findAccountByEmail(ctx.db, tenant.id, email))?.id).toBe(accountId);
		expect((await confirmEmail(ctx, await tokenFromMail(ctx, 'neu@example.org'))).ok).toBe(true);
		expect((await findAccountByEmail(ctx.db, tenant.id, 'neu@example.org'))?.id).toBe(accountId);
		const notice = await ctx.db
			.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'email_changed')));
		expect(notice[0]?.toAddress).toBe(email);

		// Deleting the account erases mails to the old address as well as to the new one.
		const renamed = env().ctx(tenant, actor);
		expect((await deleteAccount(renamed, { currentPassword: PASSWORD, confirm: 'on' })).ok).toBe(true);
		expect(await ctx.db.select().from(mails).where(eq(mails.tenantId, tenant.id))).toEqual([]);
	});

	it('updates name and language, and only for oneself', async () => {
		const tenant = await env().tenant();
		const { actor, email } = await env().account(tenant);
		expect((await updateProfile(env().ctx(tenant, actor), { displayName: 'Neuer Name', locale: 'en' })).ok).toBe(true);
		expect(await findAccountByEmail(env().db, tenant.id, email)).toMatchObject({ displayName: 'Neuer Name', locale: 'en' });
		expect(await updateProfile(env().ctx(tenant), { displayName: 'X', locale: 'de' })).toEqual({ ok: false, error: 'forbidden' });
	});

	it('signs out everywhere', async () => {
		const tenant = await env().tenant();
		const { accountId, actor } = await env().account(tenant);
		const a = await createSession(env().db, tenant.id, accountId);
		const b = await createSession(env().db, tenant.id, accountId);
		expect((await signOutEverywhere(env().ctx(tenant, actor))).ok).toBe(true);
		expect(await validateSession(env().db, tenant.id, a.token)).toBeNull();
		expect(await validateSession(env().db, tenant.id, b.token)).toBeNull();
	});

	it('exports everything about me and nothing secret', async () => {
		const tenant = await env().tenant();
		const { actor, email, accountId } = await env().account(tenant, ['coordinator']);
		await createSession(env().db, tenant.id, accountId);
		const exported = await exportMyData(env().ctx(tenant, actor));
		expect(exported.ok).toBe(true);
		if (!exported.ok) return;
		const text = JSON.stringify(exported.value);
		expect(exported.value.account).toMatchObject({ email, roles: [expect.objectContaining({ role: 'coordinator' })] });
		expect(text).not.toMatch(/argon2|passwordHash/);
		expect(await exportMyData(env().ctx(tenant))).toEqual({ ok: false, error: 'forbidden' });
	});

	it('deletes the account and personal data, leaving the audit log without the person', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const person = await env().account(tenant, ['admin']);
		const ctx = env().ctx(tenant, person.actor);
		await requestPasswordReset(ctx, { email: person.email });
		await submitAccessibilityFeedback(ctx, { message: 'Der Knopf ist zu klein.', contactEmail: person.email });
		await env().db.insert(auditLog).values({ tenantId: tenant.id, actorId: person.accountId, action: 'legal.updated', entityType: 'legal_page', entityId: 'imprint:de' });

		expect(await deleteAccount(ctx, { currentPassword: PASSWORD })).toMatchObject({ ok: false, fields: { confirm: 'error.confirm_required' } });
		expect(await deleteAccount(ctx, { currentPassword: 'falsch-falsch-falsch', confirm: 'on' })).toMatchObject({ error: 'wrong_password' });
		expect(await deleteAccount(ctx, { currentPassword: PASSWORD, confirm: 'on' })).toEqual({ ok: true, value: null });

		expect(await findAccountByEmail(env().db, tenant.id, person.email)).toBeUndefined();
		expect(await env().db.select().from(mails).where(eq(mails.toAddress, person.email))).toEqual([]);
		const [feedback] = await env().db.select().from(accessibilityFeedback).where(eq(accessibilityFeedback.tenantId, tenant.id));
		expect(feedback).toMatchObject({ message: 'Der Knopf ist zu klein.', contactEmail: null });
		const log = await env().db.select().from(auditLog).where(eq(auditLog.tenantId, tenant.id));
		expect(log.some((e) => e.actorId === person.accountId)).toBe(false);
		expect(log.find((e) => e.action === 'account.deleted')?.entityId).toBe(person.accountId);
		expect(await signIn(ctx, { email: person.email, password: PASSWORD })).toEqual({ ok: false, error: 'invalid_credentials' });

		// The last admin cannot delete themselves and leave the town without administration.
		const last = env().ctx(tenant, await loadActor(env().db, tenant.id, admin.accountId));
		expect(await deleteAccount(last, { currentPassword: PASSWORD, confirm: 'on' })).toEqual({ ok: false, error: 'last_admin' });
	});
});
