import { and, eq, inArray } from 'drizzle-orm';
import type { MessageKey } from '$lib/i18n';
import type { Db } from '$lib/server/db/client';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { findAccountById } from '../accounts/queries';
import { notificationKind, optionalKinds, type OptionalKind } from './kinds';
import { deliveryFor } from './notify';
import { setDelivery } from './preferences';
import { mailSuppressions } from './schema';
import { ALL_KINDS, verifyUnsubscribe, type UnsubscribeClaim } from './unsubscribe-token';

export interface UnsubscribeView {
	/** What the link stops: one kind's label, or every kind. */
	label: MessageKey;
	/** True when no such mail is sent any more. */
	done: boolean;
}

/** The kinds a valid claim speaks of, or null (a kind that no longer exists, an account that is gone). */
async function kindsOf(db: Db, claim: UnsubscribeClaim): Promise<OptionalKind[] | null> {
	if ('accountId' in claim.recipient && !(await findAccountById(db, claim.tenantId, claim.recipient.accountId))) return null;
	if (claim.kind === ALL_KINDS) return optionalKinds();
	const kind = notificationKind(claim.kind);
	return kind && !kind.transactional ? [kind] : null;
}

const labelOf = (claim: UnsubscribeClaim, kinds: OptionalKind[]): MessageKey => (claim.kind === ALL_KINDS ? 'notifications.all_kinds' : kinds[0].label);

async function isDone(db: Db, claim: UnsubscribeClaim, kinds: OptionalKind[]): Promise<boolean> {
	const { recipient, tenantId } = claim;
	if ('accountId' in recipient) {
		const chosen = await Promise.all(kinds.map((k) => deliveryFor(db, tenantId, recipient.accountId, k.name, k.defaultDelivery ?? 'immediately')));
		return chosen.every((d) => d === 'off');
	}
	const rows = await db
		.select({ kind: mailSuppressions.kind })
		.from(mailSuppressions)
		.where(and(eq(mailSuppressions.tenantId, tenantId), eq(mailSuppressions.emailSha256, recipient.emailSha256), inArray(mailSuppressions.kind, [claim.kind, ALL_KINDS])));
	return rows.length > 0;
}

/** What the page behind a mail's unsubscribe link says before the click; null for a link that is not ours. */
export async function describeUnsubscribe(ctx: Ctx, token: string): Promise<UnsubscribeView | null> {
	const claim = await verifyUnsubscribe(ctx.db, ctx.tenant.id, token);
	const kinds = claim && (await kindsOf(ctx.db, claim));
	if (!claim || !kinds) return null;
	return { label: labelOf(claim, kinds), done: await isDone(ctx.db, claim, kinds) };
}

/**
 * One click, no account or session needed: the signed link is the permission. An account's
 * setting for the kind becomes "no mail" (the entries in Mein Bereich stay); an address without
 * an account goes on the municipality's list of addresses that get no such mail.
 */
export async function unsubscribe(ctx: Ctx, token: string): Promise<Result<UnsubscribeView, 'invalid_token'>> {
	const claim = await verifyUnsubscribe(ctx.db, ctx.tenant.id, token);
	const kinds = claim && (await kindsOf(ctx.db, claim));
	if (!claim || !kinds) return fail('invalid_token');
	const { recipient } = claim;
	if ('accountId' in recipient) {
		await ctx.db.transaction((tx) =>
			setDelivery(
				tx,
				ctx.tenant.id,
				recipient.accountId,
				kinds.map((k) => k.name),
				'off'
			)
		);
	} else {
		await ctx.db.insert(mailSuppressions).values({ tenantId: ctx.tenant.id, emailSha256: recipient.emailSha256, kind: claim.kind }).onConflictDoNothing();
	}
	return ok({ label: labelOf(claim, kinds), done: true });
}
