/**
 * The one place that decides "may this actor do this action to that target".
 * Every use case asks it on the server; pages only hide what it already refuses.
 */

export const tenantRoles = ['coordinator', 'partner', 'admin'] as const;
export type TenantRole = (typeof tenantRoles)[number];
export const organisationRoles = ['owner', 'editor'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

export interface Actor {
	tenantId: string;
	/** null for a visitor who is not signed in. */
	accountId: string | null;
	roles: readonly TenantRole[];
	memberships: readonly { organisationId: string; role: OrganisationRole }[];
}

export const anonymous = (tenantId: string): Actor => ({ tenantId, accountId: null, roles: [], memberships: [] });

/** Every target names its tenant, so a cross-tenant attempt is refused before any rule. */
export type Target =
	| { kind: 'tenant'; tenantId: string }
	| { kind: 'account'; tenantId: string; accountId: string }
	| { kind: 'organisation'; tenantId: string; organisationId: string };

export const actions = {
	/** Sign-in-only areas such as "Mein Bereich". */
	'area.resident': 'tenant',
	'area.coordination': 'tenant',
	'area.partner': 'tenant',
	'area.admin': 'tenant',
	'account.read': 'account',
	'account.update': 'account',
	'account.delete': 'account',
	'account.list': 'tenant',
	'account.disable': 'account',
	'role.assign': 'account',
	'audit.read': 'tenant',
	'mail.read': 'tenant',
	'legal.edit': 'tenant',
	'tenant.edit': 'tenant',
	'feedback.read': 'tenant',
	'moderation.decide': 'tenant',
	/** Categories, districts, address table, imports, merges and walks of the directory. */
	'directory.manage': 'tenant',
	'organisation.create': 'tenant',
	'organisation.edit': 'organisation',
	'organisation.archive': 'organisation',
	'organisation.members.manage': 'organisation'
} as const satisfies Record<string, Target['kind']>;

export type Action = keyof typeof actions;

const has = (actor: Actor, role: TenantRole) => actor.roles.includes(role);
const staff = (actor: Actor) => has(actor, 'coordinator') || has(actor, 'admin');
const memberRole = (actor: Actor, organisationId: string) =>
	actor.memberships.find((m) => m.organisationId === organisationId)?.role;

export function can(actor: Actor, action: Action, target: Target): boolean {
	if (actions[action] !== target.kind) return false;
	if (target.tenantId !== actor.tenantId) return false;
	if (actor.accountId === null) return false;

	switch (action) {
		case 'area.resident':
			return true;
		case 'area.coordination':
		case 'moderation.decide':
		case 'directory.manage':
			return staff(actor);
		case 'area.partner':
			return has(actor, 'partner') || has(actor, 'admin');
		case 'area.admin':
		case 'account.list':
		case 'audit.read':
		case 'mail.read':
		case 'legal.edit':
		case 'tenant.edit':
		case 'feedback.read':
			return has(actor, 'admin');
		case 'account.read':
		case 'account.update':
		case 'account.delete':
			return target.kind === 'account' && target.accountId === actor.accountId;
		case 'account.disable':
		case 'role.assign':
			// Admins manage others; nobody locks themselves out.
			return has(actor, 'admin') && target.kind === 'account' && target.accountId !== actor.accountId;
		case 'organisation.create':
			return true;
		case 'organisation.edit':
			return target.kind === 'organisation' && (staff(actor) || memberRole(actor, target.organisationId) !== undefined);
		case 'organisation.archive':
		case 'organisation.members.manage':
			return target.kind === 'organisation' && (staff(actor) || memberRole(actor, target.organisationId) === 'owner');
	}
}

export class ForbiddenError extends Error {
	constructor(readonly action: Action) {
		super(`forbidden: ${action}`);
	}
}

export function assertCan(actor: Actor, action: Action, target: Target): void {
	if (!can(actor, action, target)) throw new ForbiddenError(action);
}
