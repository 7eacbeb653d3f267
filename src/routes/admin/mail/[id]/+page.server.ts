import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { findMail } from '$lib/server/core/mail';
import { assertCan } from '$lib/server/core/permissions';
import { translate } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, params }) => {
	assertCan(locals.actor, 'mail.read', { kind: 'tenant', tenantId: locals.tenant.id });
	const mail = /^[0-9a-f-]{36}$/i.test(params.id) ? await findMail(locals.ctx.db, locals.tenant.id, params.id) : undefined;
	if (!mail) error(404, { message: translate(locals.locale, 'error.not_found'), code: 'not_found' });
	const { htmlBody: _, ...shown } = mail;
	return { mail: shown };
};
