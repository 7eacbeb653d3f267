import type { MessageKey } from '$lib/i18n';

/** The sentence for a lifecycle step refused because of where the opportunity stands. */
export const lifecycleMessage = (code: string): { message: MessageKey } | Record<string, never> =>
	code === 'wrong_status' ? { message: 'opp.error.wrong_status' } : code === 'review_required' ? { message: 'opp.error.review_required' } : {};
