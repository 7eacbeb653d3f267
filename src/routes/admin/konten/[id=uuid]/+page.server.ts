import type { Actions, PageServerLoad } from './$types';
import { assignRole, removeRole, setAccountDisabled, showAccount } from '$lib/server/core/accounts';
import { failAction, valueOrError } from '$lib/server/core/http/results';
import { formFields } from '$lib/server/core/http/guards';

export const load: PageServerLoad = async ({ locals, params }) => valueOrError(await showAccount(locals.ctx, params.id), locals.locale);

export const actions: Actions = {
	assign: async ({ request, locals, params }) => {
		const fields = await formFields(request);
		const result = await assignRole(locals.ctx, { accountId: params.id, role: fields.role });
		if (!result.ok) return failAction(result);
		return { saved: 'admin.role_assigned' };
	},
	remove: async ({ request, locals, params }) => {
		const fields = await formFields(request);
		const result = await removeRole(locals.ctx, { accountId: params.id, role: fields.role });
		if (!result.ok) return failAction(result);
		return { saved: 'admin.role_removed' };
	},
	disable: async ({ request, locals, params }) => {
		const fields = await formFields(request);
		const result = await setAccountDisabled(locals.ctx, { accountId: params.id, disabled: fields.disabled === 'true' });
		if (!result.ok) return failAction(result);
		return { saved: fields.disabled === 'true' ? 'admin.account_disabled' : 'admin.account_enabled' };
	}
};
