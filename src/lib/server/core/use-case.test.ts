import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Ctx } from './context';
import type { Actor } from './permissions';
import { ok } from './result';
import { requiredText } from './validation';
import { useCase, ZRef } from './use-case';

const tenant = { id: 'tenant-a' } as Ctx['tenant'];
const ctxOf = (roles: Actor['roles'], accountId: string | null = 'someone'): Ctx => ({
	db: undefined as never,
	tenant,
	actor: { tenantId: tenant.id, accountId, roles, memberships: [] },
	locale: 'de',
	baseUrl: ''
});
const ID = '0b5e6a9e-3a43-4c9b-9f0e-0f5d1c2a7b11';

const ran: unknown[] = [];
const rename = useCase({
	input: z.object({ id: ZRef, name: requiredText(20) }),
	permission: 'area.coordination',
	run: async (_ctx, input) => {
		ran.push(input);
		return ok(input.name);
	}
});
const ownOnly = useCase({
	input: z.object({ accountId: ZRef }),
	allowed: (ctx, input) => ctx.actor.accountId === input.accountId,
	run: async () => ok(null)
});
const mine = useCase({
	input: z.object({ name: requiredText(20) }),
	own: 'account.update',
	run: async (ctx, input) => ok(`${ctx.actor.accountId}: ${input.name}`)
});
const rows = new Map([[ID, { owner: 'owner-1', merged: false }]]);
const renameRow = useCase({
	target: z.object({ rowId: ZRef }),
	input: z.object({ rowId: ZRef, name: requiredText(20) }),
	allowed: (ctx, { rowId }) => {
		const row = rows.get(rowId);
		return !row || row.merged ? 'not_found' : ctx.actor.accountId === row.owner;
	},
	run: async (_ctx, input) => ok(input.name)
});

describe('use cases written with useCase', () => {
	it('refuse whom the permission refuses before reading anything', async () => {
		expect(await rename(ctxOf([]), { id: 'x' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await rename(ctxOf(['coordinator'], null), { id: ID, name: 'Sport' })).toEqual({ ok: false, error: 'forbidden' });
		expect(ran).toEqual([]);
	});

	it('answer bad input with message keys per field, and an id that is no id with not_found', async () => {
		expect(await rename(ctxOf(['coordinator']), { id: ID, name: '' })).toEqual({ ok: false, error: 'invalid', fields: { name: 'error.required' } });
		expect(await rename(ctxOf(['coordinator']), { id: "1' or 1=1", name: 'Sport' })).toEqual({ ok: false, error: 'not_found' });
		expect(ran).toEqual([]);
	});

	it('run with the parsed input once both are fine', async () => {
		expect(await rename(ctxOf(['admin']), { id: ID, name: '  Sport ' })).toEqual({ ok: true, value: 'Sport' });
		expect(ran).toEqual([{ id: ID, name: 'Sport' }]);
	});

	it('ask a check that needs the input after reading it', async () => {
		expect(await ownOnly(ctxOf([], ID), { accountId: ID })).toEqual({ ok: true, value: null });
		expect(await ownOnly(ctxOf(['admin']), { accountId: ID })).toEqual({ ok: false, error: 'forbidden' });
	});

	it('ask a check on the target before the other fields, so a stranger learns nothing from field errors', async () => {
		expect(await renameRow(ctxOf([], 'owner-1'), { rowId: ID, name: ' Neu ' })).toEqual({ ok: true, value: 'Neu' });
		expect(await renameRow(ctxOf([], 'owner-1'), { rowId: ID, name: '' })).toEqual({ ok: false, error: 'invalid', fields: { name: 'error.required' } });
		expect(await renameRow(ctxOf([], 'stranger'), { rowId: ID, name: '' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await renameRow(ctxOf([], 'owner-1'), { rowId: 'x', name: 'Neu' })).toEqual({ ok: false, error: 'not_found' });
	});

	it('answer not_found when the check finds no row, before asking who may', async () => {
		const other = '1c6f7b0e-4b54-4d5a-8a1f-1e6e2d3b8c22';
		expect(await renameRow(ctxOf([], 'stranger'), { rowId: other, name: '' })).toEqual({ ok: false, error: 'not_found' });
		rows.set(other, { owner: 'stranger', merged: true });
		expect(await renameRow(ctxOf([], 'stranger'), { rowId: other, name: 'Neu' })).toEqual({ ok: false, error: 'not_found' });
	});

	it('let a person act on her own account only when signed in, before reading the input', async () => {
		expect(await mine(ctxOf([], 'lea'), { name: 'Lea' })).toEqual({ ok: true, value: 'lea: Lea' });
		expect(await mine(ctxOf([], 'lea'), { name: '' })).toEqual({ ok: false, error: 'invalid', fields: { name: 'error.required' } });
		expect(await mine(ctxOf([], null), { name: '' })).toEqual({ ok: false, error: 'forbidden' });
	});
});
