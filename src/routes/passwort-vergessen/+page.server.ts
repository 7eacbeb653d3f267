import type { Actions } from './$types';
import { requestPasswordReset } from '$lib/server/core/accounts';
import { mailLinkAction } from '$lib/server/core/http/mail-link-action';

export const actions: Actions = { default: mailLinkAction(requestPasswordReset) };
