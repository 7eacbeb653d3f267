import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { notifications } from '../notifications/schema';
import { decideModeration, listModeration, registerModerationSubject, submitForModeration } from '.';

const asked: string[][] = [];
const decided: string[] = [];
registerModerationSubject('test_idea', {
	async describe(_db, _tenantId, ids) {
		asked.push(ids);
		return new Map(ids.filter((id) => !id.startsWith('00000000')).map((id) => [id, { title: `Idee ${id.slice(0, 4)}`, href: `/ideen/${id}`, editHref: `/ideen/${id}/bearbeiten` }]));
	},
	async decide(_db, _ctx, id) {
		decided.push(id);
	}
});

describeOnDatabases('moderation queue', (env) => {
	it('describes a page of items with one question per type of subject, not one per item', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const ids = ['1111', '2222', '3333'].map((n) => `${n}aaaa-1111-4111-8111-111111111111`);
		for (const id of ids) await submitForModeration(env().db, env().ctx(tenant), 'test_idea', id, null);
		await submitForModeration(env().db, env().ctx(tenant), 'test_idea', '00000000-1111-4111-8111-111111111111', null);
		asked.length = 0;
		const items = valueOf(await listModeration(env().ctx(tenant, coordinator.actor)));
		expect(asked).toHaveLength(1);
		expect(asked[0].sort()).toEqual([...ids, '00000000-1111-4111-8111-111111111111'].sort());
		expect(items.map((i) => i.subject?.title ?? null).sort()).toEqual(['Idee 1111', 'Idee 2222', 'Idee 3333', null].sort());
	});

	it('tells the proposer through a notification that leads to the subject', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const proposer = await env().account(tenant);
		const id = '4444aaaa-1111-4111-8111-111111111111';
		await submitForModeration(env().db, env().ctx(tenant), 'test_idea', id, proposer.accountId);
		const ctx = env().ctx(tenant, coordinator.actor);
		const item = valueOf(await listModeration(ctx)).find((i) => i.subjectId === id)!;
		expect(await decideModeration(ctx, { itemId: item.id, decision: 'changes_requested', reason: 'Bitte ein Foto ergänzen.' })).toEqual({ ok: true, value: null });
		expect(decided).toContain(id);
		const [entry] = await env()
			.db.select()
			.from(notifications)
			.where(and(eq(notifications.tenantId, tenant.id), eq(notifications.accountId, proposer.accountId)));
		expect(entry).toMatchObject({ kind: 'moderation_changes_requested', link: `/ideen/${id}/bearbeiten`, params: { title: 'Idee 4444', reason: 'Bitte ein Foto ergänzen.' } });
	});
});
