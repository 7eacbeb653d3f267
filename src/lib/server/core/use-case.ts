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

type Permission<I> =
	/** A tenant-wide action, asked before the input is even read. */
	| { permission: Action; allowed?: never }
	/** A check that needs the input (which organisation, which place); asked after it is read. */
	| { permission?: never; allowed: (ctx: Ctx, input: I) => boolean | Promise<boolean> };

/**
 * Writes a use case so that its permission check cannot be left out: the input is parsed with
 * zod (errors as message keys per field), the permission asked, and only then `run` is called.
 */
export function useCase<S extends z.ZodType, T, E extends string = never>(
	spec: { input: S; run: (ctx: Ctx, input: z.output<S>) => Promise<Result<T, E>> } & Permission<z.output<S>>
): (ctx: Ctx, input: unknown) => Promise<Result<T, E | 'invalid' | 'forbidden' | 'not_found'>> {
	return async (ctx, input) => {
		if (spec.permission && !mayInTenant(ctx, spec.permission)) return fail('forbidden');
		const parsed = spec.input.safeParse(input);
		if (!parsed.success) {
			const fields = fieldErrors(parsed.error);
			return Object.values(fields).includes('error.not_found') ? fail('not_found') : fail('invalid', fields);
		}
		if (spec.allowed && !(await spec.allowed(ctx, parsed.data))) return fail('forbidden');
		return spec.run(ctx, parsed.data);
	};
}
