import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { assignRole, findAccountById, loadActor, removeRole, setAccountDisabled, toPublicAccount } from '$lib/server/core/accounts';
import { listAudit } from '$lib/server/core/audit';
import { formFields } from '$lib/server/core/http/guards';
import { translate } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, params }) => {
	const account = /^[0-9a-f-]{36}$/i.test(params.id) ? await findAccountById(locals.ctx.db, locals.tenant.id, params.id) : undefined;
	if (!account) error(404, { message: translate(locals.locale, 'error.not_found'), code: 'not_found' });
	const [actor, history] = await Promise.all([
		loadActor(locals.ctx.db, locals.tenant.id, account.id),
		listAudit(locals.ctx.db, locals.tenant.id, { entityId: account.id, pageSize: 20 })
	]);
	return { target: toPublicAccount(account), roles: actor.roles, isSelf: account.id === locals.actor.accountId, history: history.rows };
};

const messageFor = (error: string) => (error === 'forbidden' ? 'error.forbidden' : error === 'not_found' ? 'error.not_found' : 'error.invalid_form');

export const actions: Actions = {
	assign: async ({ request, locals, params }) => {
		const fields = await formFields(request);
		const result = await assignRole(locals.ctx, { accountId: params.id, role: fields.role });
		if (!result.ok) return fail(result.error === 'forbidden' ? 403 : 400, { message: messageFor(result.error) });
		return { saved: 'admin.role_assigned' };
	},
	remove: async ({ request, locals, params }) => {
		const fields = await formFields(request);
		const result = await removeRole(locals.ctx, { accountId: params.id, role: fields.role });
		if (!result.ok) return fail(result.error === 'forbidden' ? 403 : 400, { message: messageFor(result.error) });
		return { saved: 'admin.role_removed' };
	},
	disable: async ({ request, locals, params }) => {
		const fields = await formFields(request);
		const result = await setAccountDisabled(locals.ctx, { accountId: params.id, disabled: fields.disabled === 'true' });
		if (!result.ok) return fail(result.error === 'forbidden' ? 403 : 400, { message: messageFor(result.error) });
		return { saved: fields.disabled === 'true' ? 'admin.account_disabled' : 'admin.account_enabled' };
	}
};
