import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { loadActor } from '$lib/server/core/accounts';
import { inviteMember } from '$lib/server/core/organisations';
import { mails } from '$lib/server/core/mail/schema';
import type { Ctx } from '$lib/server/core/context';
import { actions } from './+page.server';
import { load } from '../mein-bereich/organisationen/+page.server';

const event = (ctx: Ctx, url: string) => ({ locals: { ctx, tenant: ctx.tenant, actor: ctx.actor, account: { id: ctx.actor.accountId }, locale: 'de', basePath: '' }, url: new URL(url) }) as never;

/** Where a redirect thrown by an action leads. */
async function redirected(run: () => unknown): Promise<string> {
	try {
		await run();
	} catch (thrown) {
		return (thrown as { location: string }).location;
	}
	throw new Error('no redirect');
}

describeOnDatabases('accepting an invitation', (env) => {
	it('leads to Meine Organisationen, which names the organisation and the role', async () => {
		const tenant = await env().tenant();
		const owner = await env().account(tenant);
		const invited = await env().account(tenant);
		const organisationId = await env().organisation(tenant, { name: 'Tafel Hafenstadt' });
		await env().member(tenant, { organisationId, accountId: owner.accountId, role: 'owner' });
		expect((await inviteMember(env().ctx(tenant, await loadActor(env().db, tenant.id, owner.accountId)), { email: invited.email, role: 'editor', organisationId })).ok).toBe(true);
		const [mail] = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'organisation_invitation')));
		const token = /token=([\w-]+)/.exec(mail.textBody)![1];

		const next = await redirected(() => actions.default(event(env().ctx(tenant, invited.actor), `http://engagement.example/einladung?token=${token}`)));
		expect(next).toBe(`/mein-bereich/organisationen?angenommen=${organisationId}`);

		const ctx = env().ctx(tenant, await loadActor(env().db, tenant.id, invited.accountId));
		const page = (await load(event(ctx, `http://engagement.example${next}`))) as { joined: { name: string; role: string } | null; organisations: unknown[] };
		expect(page.joined).toMatchObject({ name: 'Tafel Hafenstadt', role: 'editor' });
		expect(page.organisations).toHaveLength(1);

		// Another person's organisation is never named, whatever the link says.
		const stranger = await env().account(tenant);
		const theirs = (await load(event(env().ctx(tenant, stranger.actor), `http://engagement.example${next}`))) as { joined: unknown };
		expect(theirs.joined).toBeNull();
	});
});
