import { error } from '@sveltejs/kit';
import { requireTenantPermission } from '$lib/server/core/http/guards';
import type { PageServerLoad } from './$types';
import { findMail } from '$lib/server/core/mail';
import { translate } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'mail.read');
	const { locals, params } = event;
	const mail = /^[0-9a-f-]{36}$/i.test(params.id) ? await findMail(locals.ctx.db, locals.tenant.id, params.id) : undefined;
	if (!mail) error(404, { message: translate(locals.locale, 'error.not_found'), code: 'not_found' });
	const { htmlBody: _, ...shown } = mail;
	return { mail: shown };
};
