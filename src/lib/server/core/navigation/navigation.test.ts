import { describe, expect, it } from 'vitest';
import type { Ctx } from '../context';
import type { Actor } from '../permissions';
import { navigationFor, registerNavigation } from '.';

const tenant = { id: 'tenant-a' } as Ctx['tenant'];
const ctxOf = (roles: Actor['roles']): Ctx => ({ db: undefined as never, tenant, actor: { tenantId: tenant.id, accountId: 'someone', roles, memberships: [] }, locale: 'de', baseUrl: '' });

registerNavigation([
	{ area: 'coordination', path: '/koordination/zweites', label: 'coord.walks', order: 30 },
	{ area: 'coordination', path: '/koordination/erstes', label: 'coord.moderation', order: 10, count: async () => 3 },
	{ area: 'coordination', path: '/koordination/nur-admins', label: 'coord.merge', order: 20, permission: 'area.admin' },
	{ area: 'admin', path: '/admin/anderes', label: 'admin.mail' },
	{ area: 'resident', path: '/mein-bereich/immer', label: 'account.title' },
	{ area: 'resident', path: '/mein-bereich/nur-mit-profil', label: 'data.title', visible: async (ctx) => ctx.actor.roles.includes('partner') }
]);

describe('navigation from the modules', () => {
	it('lists an area’s entries in order, with their counts, leaving out what the actor may not do', async () => {
		expect(await navigationFor(ctxOf(['coordinator']), 'coordination')).toEqual([
			{ path: '/koordination/erstes', label: 'coord.moderation', teaser: null, count: 3, search: null, searchHint: null, items: [] },
			{ path: '/koordination/zweites', label: 'coord.walks', teaser: null, count: 0, search: null, searchHint: null, items: [] }
		]);
		expect((await navigationFor(ctxOf(['admin']), 'coordination')).map((l) => l.path)).toEqual(['/koordination/erstes', '/koordination/nur-admins', '/koordination/zweites']);
	});

	it('leaves out an entry whose own check says no for this actor', async () => {
		expect((await navigationFor(ctxOf([]), 'resident')).map((l) => l.path)).toEqual(['/mein-bereich/immer']);
		expect((await navigationFor(ctxOf(['partner']), 'resident')).map((l) => l.path)).toEqual(['/mein-bereich/immer', '/mein-bereich/nur-mit-profil']);
	});

	it('refuses a path declared twice in one area', () => {
		expect(() => registerNavigation([{ area: 'admin', path: '/admin/anderes', label: 'admin.audit' }])).toThrow('declared twice');
	});
});
