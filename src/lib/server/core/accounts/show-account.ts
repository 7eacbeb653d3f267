import type { Ctx } from '../context';
import { fail, ok } from '../result';
import { mayInTenant } from '../authorize';
import { listAudit } from '../audit';
import { findAccountById } from './queries';
import { loadActor } from './sessions';
import { toPublicAccount } from './schema-types';
import { auditSubjects } from '../audit/subjects';

/** One account as the admins see it: its roles, the organisations it acts for, and what happened to it lately. */
export async function showAccount(ctx: Ctx, accountId: string) {
	if (!mayInTenant(ctx, 'account.list')) return fail('forbidden' as const);
	const account = await findAccountById(ctx.db, ctx.tenant.id, accountId);
	if (!account) return fail('not_found' as const);
	const [actor, history] = await Promise.all([loadActor(ctx.db, ctx.tenant.id, account.id), listAudit(ctx.db, ctx.tenant.id, { entityId: account.id, perPage: 20 })]);
	// The capability that shows organisations names them and knows their pages.
	const names =
		(await auditSubjects()
			.get('organisation')
			?.describe(
				ctx.db,
				ctx.tenant.id,
				actor.memberships.map((m) => m.organisationId)
			)) ?? new Map();
	const memberships = actor.memberships
		.map((m) => {
			const named = names.get(m.organisationId);
			return { organisationId: m.organisationId, role: m.role, name: named && 'text' in named.title ? named.title.text : m.organisationId, href: named?.href ?? null };
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'de'));
	return ok({ target: toPublicAccount(account), roles: actor.roles, memberships, isSelf: account.id === ctx.actor.accountId, history: history.items });
}
