import pino from 'pino';

export const log = pino({ level: process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info') });

/**
 * What an operator needs of an error, without the personal data it may carry: a failed query's
 * error keeps its SQL text but not its parameters (names, addresses, tokens), and nothing of
 * the error's own fields is copied blindly.
 */
export function describeError(error: unknown): { type: string; message: string; code?: string; stack?: string } {
	if (!(error instanceof Error)) return { type: typeof error, message: 'non-error thrown' };
	const cause = (error as { cause?: unknown }).cause;
	const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : undefined;
	const message = error.message.replace(/\nparams:[\s\S]*$/, '');
	const stack = error.stack
		?.split('\n')
		.filter((line) => /^\s+at /.test(line))
		.slice(0, 8)
		.join('\n');
	return {
		type: error.name,
		message: cause instanceof Error ? `${message} (${cause.message.replace(/\nparams:[\s\S]*$/, '')})` : message,
		...(code ? { code } : {}),
		...(stack ? { stack } : {})
	};
}
