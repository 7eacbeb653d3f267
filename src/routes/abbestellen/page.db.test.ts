import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import type { Ctx } from '$lib/server/core/context';
import { mails } from '$lib/server/core/mail/schema';
import { notify, showNotificationSettings } from '$lib/server/core/notifications';
import { actions, load } from './+page.server';

/** What a mail program does with the List-Unsubscribe headers (RFC 8058): a POST to the link, no cookie, no Origin. */
const oneClick = (ctx: Ctx, link: string, body: BodyInit, contentType?: string) => {
	const url = new URL(link);
	return actions.default({
		request: new Request(url, { method: 'POST', body, ...(contentType ? { headers: { 'content-type': contentType } } : {}) }),
		locals: { ctx, tenant: ctx.tenant, locale: 'de', basePath: '' },
		url
	} as never);
};

describeOnDatabases('the unsubscribe link', (env) => {
	async function mailedResident() {
		const tenant = await env().tenant();
		const lea = await env().account(tenant);
		const ctx = env().ctx(tenant);
		await notify(env().db, ctx, { kind: 'moderation_rejected', to: { accountId: lea.accountId }, params: { name: 'Lea', title: 'Chor', reason: 'Doppelt' }, link: '/netzwerk' });
		const [mail] = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.toAddress, lea.email)));
		const link = /^<(.+)>$/.exec(mail.headers['List-Unsubscribe'])![1];
		return { tenant, lea, ctx, link };
	}

	it('shows what it stops before anything changes (a scanner opening the link changes nothing)', async () => {
		const { lea, tenant, ctx, link } = await mailedResident();
		const url = new URL(link);
		const page = (await load({ locals: { ctx }, url } as never)) as { view: unknown };
		expect(page.view).toEqual({ label: 'notifications.kind.moderation_rejected', done: false });
		const settings = valueOf(await showNotificationSettings(env().ctx(tenant, lea.actor)));
		expect(settings.find((s) => s.kind === 'moderation_rejected')?.delivery).toBe('immediately');
	});

	it('takes the mail program’s one-click POST, in either form encoding, and the page’s button', async () => {
		const first = await mailedResident();
		expect(await oneClick(first.ctx, first.link, 'List-Unsubscribe=One-Click', 'application/x-www-form-urlencoded')).toEqual({ done: 'notifications.kind.moderation_rejected' });
		const settings = valueOf(await showNotificationSettings(env().ctx(first.tenant, first.lea.actor)));
		expect(settings.find((s) => s.kind === 'moderation_rejected')?.delivery).toBe('off');

		const second = await mailedResident();
		const multipart = new FormData();
		multipart.set('List-Unsubscribe', 'One-Click');
		expect(await oneClick(second.ctx, second.link, multipart)).toEqual({ done: 'notifications.kind.moderation_rejected' });

		// The page's own form sends the token as a field as well.
		const third = await mailedResident();
		const button = new FormData();
		button.set('token', new URL(third.link).searchParams.get('token')!);
		expect(await oneClick(third.ctx, `${new URL(third.link).origin}${new URL(third.link).pathname}`, button)).toEqual({ done: 'notifications.kind.moderation_rejected' });
	});

	it('answers a broken link with a sentence, not an error', async () => {
		const { ctx, link } = await mailedResident();
		expect(await oneClick(ctx, `${link}x`, 'List-Unsubscribe=One-Click', 'application/x-www-form-urlencoded')).toMatchObject({ status: 400, data: { invalid: true } });
		expect(((await load({ locals: { ctx }, url: new URL(`${link}x`) } as never)) as { view: unknown }).view).toBeNull();
	});
});
