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
	| { kind: 'organisation'; tenantId: string; organisationId: string }
	/** Something an organisation owns: a place, an opportunity, an event, a course, a room. */
	| { kind: 'owned'; tenantId: string; organisationId: string };
export type TargetKind = Target['kind'];

/** Action names are "<area>.<verb>"; capability modules add their own through their manifest. */
export type Action = `${string}.${string}`;

/** What an action aims at and who may do it, once the tenant and a signed-in account are checked. */
export interface PermissionRule<K extends TargetKind = TargetKind> {
	target: K;
	allow(actor: Actor, target: Extract<Target, { kind: K }>): boolean;
}

/** Declares a rule with its target's type, so `allow` sees the fields of that target. */
export const rule = <K extends TargetKind>(target: K, allow: PermissionRule<K>['allow']): PermissionRule => ({ target, allow }) as PermissionRule;

const has = (actor: Actor, role: TenantRole) => actor.roles.includes(role);

/** The building blocks every module's rules are made of. */
export const who = {
	anyone: () => true,
	staff: (actor: Actor) => has(actor, 'coordinator') || has(actor, 'admin'),
	admin: (actor: Actor) => has(actor, 'admin'),
	role: (actor: Actor, role: TenantRole) => has(actor, role),
	memberRole: (actor: Actor, organisationId: string) => actor.memberships.find((m) => m.organisationId === organisationId)?.role,
	/** Owner or editor of the organisation, or staff: who edits the organisation's things. */
	actsFor: (actor: Actor, organisationId: string) => who.staff(actor) || who.memberRole(actor, organisationId) !== undefined,
	/** Owner of the organisation, or staff: who decides about its people and its existence. */
	owns: (actor: Actor, organisationId: string) => who.staff(actor) || who.memberRole(actor, organisationId) === 'owner'
};

const ownAccount = (actor: Actor, target: { accountId: string }) => target.accountId === actor.accountId;

/** Core's own actions; modules add theirs with registerPermissions. */
const coreRules = {
	/** Sign-in-only areas such as "Mein Bereich". */
	'area.resident': rule('tenant', who.anyone),
	'area.coordination': rule('tenant', who.staff),
	'area.partner': rule('tenant', (actor) => has(actor, 'partner') || has(actor, 'admin')),
	'area.admin': rule('tenant', who.admin),
	'account.read': rule('account', ownAccount),
	'account.update': rule('account', ownAccount),
	'account.delete': rule('account', ownAccount),
	'account.list': rule('tenant', who.admin),
	// Admins manage others; nobody locks themselves out.
	'account.disable': rule('account', (actor, target) => who.admin(actor) && !ownAccount(actor, target)),
	'role.assign': rule('account', (actor, target) => who.admin(actor) && !ownAccount(actor, target)),
	'audit.read': rule('tenant', who.admin),
	'mail.read': rule('tenant', who.admin),
	'legal.edit': rule('tenant', who.admin),
	'tenant.edit': rule('tenant', who.admin),
	// Admins and coordinators answer barrier reports; either may be the one who handles a report.
	'feedback.read': rule('tenant', who.staff),
	'moderation.decide': rule('tenant', who.staff),
	'organisation.create': rule('tenant', who.anyone),
	'organisation.edit': rule('organisation', (actor, target) => who.actsFor(actor, target.organisationId)),
	'organisation.archive': rule('organisation', (actor, target) => who.owns(actor, target.organisationId)),
	'organisation.members.manage': rule('organisation', (actor, target) => who.owns(actor, target.organisationId))
} satisfies Record<Action, PermissionRule>;

const rules = new Map<string, PermissionRule>(Object.entries(coreRules));

/** A module's actions join the one `can()`; a name already taken is a mistake found at start. */
export function registerPermissions(moduleRules: Record<Action, PermissionRule>): void {
	for (const [action, moduleRule] of Object.entries(moduleRules)) {
		if (rules.has(action) && rules.get(action) !== moduleRule) throw new Error(`permission ${action} is declared twice`);
		rules.set(action, moduleRule);
	}
}

/** Every action known now, with what it aims at (for tests and the route-tree checks). */
export const knownActions = (): ReadonlyMap<string, PermissionRule> => rules;

export function can(actor: Actor, action: Action, target: Target): boolean {
	const found = rules.get(action);
	// An action nobody declared is refused, as is a target of the wrong kind.
	if (!found || found.target !== target.kind) return false;
	if (target.tenantId !== actor.tenantId) return false;
	if (actor.accountId === null) return false;
	return found.allow(actor, target as never);
}

export class ForbiddenError extends Error {
	constructor(readonly action: Action) {
		super(`forbidden: ${action}`);
	}
}

export function assertCan(actor: Actor, action: Action, target: Target): void {
	if (!can(actor, action, target)) throw new ForbiddenError(action);
}
