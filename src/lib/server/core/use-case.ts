import { z } from 'zod';
import type { Ctx } from './context';
import { fail, type Result } from './result';
import { fieldErrors } from './validation';
import { mayInTenant } from './authorize';
import { can, type Action } from './permissions';

/**
 * A reference to a row that comes back from a form or a link. Anything that is not an id
 * cannot name a row: the use case answers `not_found`, as for an id nobody has.
 */
export const ZRef = z.guid({ error: 'error.not_found' });

/** A check's answer: allowed or not, or there is nothing by that id (a missing or merged row), which comes before "not yours". */
export type Verdict = boolean | 'not_found';

type Permission<C> =
	/** A tenant-wide action, asked before the input is even read. */
	| { permission: Action; own?: never; target?: never; allowed?: never }
	/**
	 * A check that needs the input (which organisation, which place). It gets the `target` when one is
	 * given, read first, so a stranger hears "forbidden" before any field error; else the whole input.
	 */
	| { permission?: never; own?: never; allowed: (ctx: Ctx, checked: C) => Verdict | Promise<Verdict> };

function refused(error: z.ZodError): Refusal {
	const fields = fieldErrors(error);
	return Object.values(fields).includes('error.not_found') ? fail('not_found') : fail('invalid', fields);
}

const verdict = (answer: Verdict): Refusal | null => (answer === 'not_found' ? fail('not_found') : answer ? null : fail('forbidden'));

/** What useCase answers itself, before `run`: bad input, no permission, nothing by that id. */
type Refusal = Result<never, 'invalid' | 'forbidden' | 'not_found'> & { ok: false };

/** For a use case that needs nothing but its context (who asks, in which municipality). */
export const ZNoInput = z.undefined();

/** The context of an `own` use case: there is an account, and its owner may act on it. */
export type OwnCtx = Ctx & { actor: Ctx['actor'] & { accountId: string } };

type UseCase<O> = (ctx: Ctx, input?: unknown) => Promise<O | Refusal>;

/**
 * Writes a use case so that its permission check cannot be left out: the input is parsed with
 * zod (errors as message keys per field), the permission asked, and only then `run` is called.
 * Whatever `run` answers is passed on as it is (a result may carry more than `fields`).
 *
 * `own` is an action on the actor's own account (her settings, her notifications), asked before
 * the input is read; a visitor has none, and `run` gets the account's id in `ctx.actor`.
 */
export function useCase<S extends z.ZodType, O extends Result<unknown> = Result<unknown>>(spec: { input: S; own: Action; run: (ctx: OwnCtx, input: z.output<S>) => Promise<O> }): UseCase<O>;
export function useCase<S extends z.ZodType, T extends z.ZodType = S, O extends Result<unknown> = Result<unknown>>(
	spec: { input: S; target?: T; run: (ctx: Ctx, input: z.output<S>) => Promise<O> } & Permission<z.output<T>>
): UseCase<O>;
export function useCase(spec: {
	input: z.ZodType;
	target?: z.ZodType;
	permission?: Action;
	own?: Action;
	allowed?: (ctx: Ctx, checked: unknown) => Verdict | Promise<Verdict>;
	run: (ctx: OwnCtx, input: unknown) => Promise<Result<unknown>>;
}): UseCase<Result<unknown>> {
	return async (ctx, input) => {
		if (spec.permission && !mayInTenant(ctx, spec.permission)) return fail('forbidden');
		if (spec.own && !isOwnAccount(ctx, spec.own)) return fail('forbidden');
		if (spec.target && spec.allowed) {
			const target = spec.target.safeParse(input);
			if (!target.success) return refused(target.error);
			const refusal = verdict(await spec.allowed(ctx, target.data));
			if (refusal) return refusal;
		}
		const parsed = spec.input.safeParse(input);
		if (!parsed.success) return refused(parsed.error);
		if (spec.allowed && !spec.target) {
			const refusal = verdict(await spec.allowed(ctx, parsed.data));
			if (refusal) return refusal;
		}
		// Only an `own` use case relies on the account, and its check above made sure there is one.
		return spec.run(ctx as OwnCtx, parsed.data);
	};
}

function isOwnAccount(ctx: Ctx, action: Action): ctx is OwnCtx {
	const accountId = ctx.actor.accountId;
	return !!accountId && can(ctx.actor, action, { kind: 'account', tenantId: ctx.tenant.id, accountId });
}
