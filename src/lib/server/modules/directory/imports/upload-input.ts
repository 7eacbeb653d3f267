import { z } from 'zod';

/**
 * The input of an import: what is wrong with the uploaded file is told at the form's file field,
 * in one sentence; only the fields named in `own` (a choice beside the file) keep their own errors.
 */
export function uploadInput<S extends z.ZodType>(schema: S, own: string[] = []) {
	return z.unknown().transform((value, ctx): z.output<S> => {
		const parsed = schema.safeParse(value);
		if (parsed.success) return parsed.data;
		const kept = parsed.error.issues.filter((issue) => own.includes(String(issue.path[0])));
		if (kept.length) for (const issue of kept) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
		else ctx.addIssue({ code: 'custom', path: ['file'], message: 'imports.error.empty' });
		return z.NEVER;
	});
}
