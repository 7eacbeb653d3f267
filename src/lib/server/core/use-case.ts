import { z } from 'zod';
import type { Ctx } from './context';
import { fail, type Result } from './result';
import { fieldErrors } from './validation';
import { mayInTenant } from './authorize';
import type { Action } from './permissions';

/**
 * A reference to a row that comes back from a form or a link. Anything that is not an id
 * cannot name a row: the use case answers `not_found`, as for an id nobody has.
 */
export const ZRef = z.guid({ error: 'error.not_found' });

/** A check's answer: allowed or not, or there is nothing by that id (a missing or merged row), which comes before "not yours". */
export type Verdict = boolean | 'not_found';

type Permission<C> =
	/** A tenant-wide action, asked before the input is even read. */
	| { permission: Action; target?: never; allowed?: never }
	/**
	 * A check that needs the input (which organisation, which place). It gets the `target` when one is
	 * given, read first, so a stranger hears "forbidden" before any field error; else the whole input.
	 */
	| { permission?: never; allowed: (ctx: Ctx, checked: C) => Verdict | Promise<Verdict> };

function refused(error: z.ZodError): Refusal {
	const fields = fieldErrors(error);
	return Object.values(fields).includes('error.not_found') ? fail('not_found') : fail('invalid', fields);
}

const verdict = (answer: Verdict): Refusal | null => (answer === 'not_found' ? fail('not_found') : answer ? null : fail('forbidden'));

/** What useCase answers itself, before `run`: bad input, no permission, nothing by that id. */
type Refusal = Result<never, 'invalid' | 'forbidden' | 'not_found'> & { ok: false };

/** For a use case that needs nothing but its context (who asks, in which municipality). */
export const ZNoInput = z.undefined();

/**
 * Writes a use case so that its permission check cannot be left out: the input is parsed with
 * zod (errors as message keys per field), the permission asked, and only then `run` is called.
 * Whatever `run` answers is passed on as it is (a result may carry more than `fields`).
 */
export function useCase<S extends z.ZodType, T extends z.ZodType = S, O extends Result<unknown> = Result<unknown>>(
	spec: { input: S; target?: T; run: (ctx: Ctx, input: z.output<S>) => Promise<O> } & Permission<z.output<T>>
): (ctx: Ctx, input?: unknown) => Promise<O | Refusal> {
	return async (ctx, input) => {
		if (spec.permission && !mayInTenant(ctx, spec.permission)) return fail('forbidden');
		if (spec.target) {
			const target = spec.target.safeParse(input);
			if (!target.success) return refused(target.error);
			const refusal = verdict(await spec.allowed!(ctx, target.data));
			if (refusal) return refusal;
		}
		const parsed = spec.input.safeParse(input);
		if (!parsed.success) return refused(parsed.error);
		if (spec.allowed && !spec.target) {
			const refusal = verdict(await spec.allowed(ctx, parsed.data as z.output<T>));
			if (refusal) return refusal;
		}
		return spec.run(ctx, parsed.data);
	};
}
