import { beforeAll, describe, expect, it } from 'vitest';
import { can, knownActions, registerPermissions, rule, who, type Action, type Actor, type Target, type TenantRole } from '.';

const T = 'tenant-a';
const OTHER = 'tenant-b';
const ORG = 'org-1';
const SELF = 'acc-self';
const SOMEONE = 'acc-other';

const persona = (roles: TenantRole[], memberships: Actor['memberships'] = []): Actor => ({ tenantId: T, accountId: SELF, roles, memberships });

const personas: Record<string, Actor> = {
	visitor: { tenantId: T, accountId: null, roles: [], memberships: [] },
	resident: persona([]),
	editor: persona([], [{ organisationId: ORG, role: 'editor' }]),
	owner: persona([], [{ organisationId: ORG, role: 'owner' }]),
	coordinator: persona(['coordinator']),
	partner: persona(['partner']),
	admin: persona(['admin'])
};

/** The expected answer for each action on a target in the actor's own tenant. */
const allowed: Record<string, string[]> = {
	'area.resident': ['resident', 'editor', 'owner', 'coordinator', 'partner', 'admin'],
	'area.coordination': ['coordinator', 'admin'],
	'area.partner': ['partner', 'admin'],
	'area.admin': ['admin'],
	'account.read': ['resident', 'editor', 'owner', 'coordinator', 'partner', 'admin'],
	'account.update': ['resident', 'editor', 'owner', 'coordinator', 'partner', 'admin'],
	'account.delete': ['resident', 'editor', 'owner', 'coordinator', 'partner', 'admin'],
	'account.list': ['admin'],
	'account.disable': ['admin'],
	'role.assign': ['admin'],
	'audit.read': ['admin'],
	'mail.read': ['admin'],
	'legal.edit': ['admin'],
	'tenant.edit': ['admin'],
	'feedback.read': ['coordinator', 'admin'],
	'moderation.decide': ['coordinator', 'admin'],
	'organisation.create': ['resident', 'editor', 'owner', 'coordinator', 'partner', 'admin'],
	'organisation.edit': ['editor', 'owner', 'coordinator', 'admin'],
	'organisation.archive': ['owner', 'coordinator', 'admin'],
	'organisation.members.manage': ['owner', 'coordinator', 'admin']
};

function targetFor(action: Action, tenantId: string): Target {
	switch (knownActions().get(action)!.target) {
		case 'tenant':
			return { kind: 'tenant', tenantId };
		case 'account':
			// Self-service actions aim at one's own account, admin actions at someone else's.
			return { kind: 'account', tenantId, accountId: ['account.read', 'account.update', 'account.delete'].includes(action) ? SELF : SOMEONE };
		case 'organisation':
			return { kind: 'organisation', tenantId, organisationId: ORG };
		case 'owned':
			return { kind: 'owned', tenantId, organisationId: ORG };
	}
}

describe('permission matrix', () => {
	it('names every action core knows', () => {
		expect([...knownActions().keys()].sort()).toEqual(Object.keys(allowed).sort());
	});
	for (const action of Object.keys(allowed) as Action[]) {
		for (const [name, actor] of Object.entries(personas)) {
			const expected = allowed[action].includes(name);
			it(`${name} ${expected ? 'may' : 'may not'} ${action}`, () => {
				expect(can(actor, action, targetFor(action, T))).toBe(expected);
			});
			it(`${name} may not ${action} in another tenant`, () => {
				expect(can(actor, action, targetFor(action, OTHER))).toBe(false);
			});
		}
	}
});

describe('rules beyond the matrix', () => {
	it('nobody reads, changes or deletes another person’s account as if it were their own', () => {
		for (const actor of Object.values(personas)) {
			for (const action of ['account.read', 'account.update', 'account.delete'] as const) {
				expect(can(actor, action, { kind: 'account', tenantId: T, accountId: SOMEONE })).toBe(false);
			}
		}
	});

	it('an admin cannot change their own roles or lock themselves out', () => {
		expect(can(personas.admin, 'role.assign', { kind: 'account', tenantId: T, accountId: SELF })).toBe(false);
		expect(can(personas.admin, 'account.disable', { kind: 'account', tenantId: T, accountId: SELF })).toBe(false);
	});

	it('membership in organisation A gives no rights in organisation B', () => {
		const other = { kind: 'organisation', tenantId: T, organisationId: 'org-2' } as const;
		expect(can(personas.owner, 'organisation.edit', other)).toBe(false);
		expect(can(personas.owner, 'organisation.members.manage', other)).toBe(false);
		expect(can(personas.editor, 'organisation.edit', other)).toBe(false);
	});

	it('an action paired with the wrong kind of target is refused', () => {
		expect(can(personas.admin, 'organisation.edit', { kind: 'tenant', tenantId: T })).toBe(false);
	});
});

describe('actions of modules', () => {
	const editOwned = rule('owned', (actor, target) => who.actsFor(actor, target.organisationId));
	beforeAll(() => registerPermissions({ 'example.edit': editOwned }));

	it('join the one can(), with the shared rule for things an organisation owns', () => {
		const target = { kind: 'owned', tenantId: T, organisationId: ORG } as const;
		const may = Object.entries(personas)
			.filter(([, actor]) => can(actor, 'example.edit', target))
			.map(([name]) => name);
		expect(may).toEqual(['editor', 'owner', 'coordinator', 'admin']);
		expect(can(personas.owner, 'example.edit', { ...target, organisationId: 'org-2' })).toBe(false);
		expect(can(personas.owner, 'example.edit', { ...target, tenantId: OTHER })).toBe(false);
	});

	it('refuse a target of another kind and an action nobody declared', () => {
		expect(can(personas.admin, 'example.edit', { kind: 'organisation', tenantId: T, organisationId: ORG })).toBe(false);
		expect(can(personas.admin, 'example.delete', { kind: 'owned', tenantId: T, organisationId: ORG })).toBe(false);
	});

	it('cannot declare an action twice', () => {
		expect(() => registerPermissions({ 'example.edit': rule('owned', () => true) })).toThrow('declared twice');
	});
});
