import type { Actions, PageServerLoad } from './$types';
import { formFields } from '$lib/server/core/http/guards';
import { failAction, valueOrError } from '$lib/server/core/http/results';
import { showEmbedHosts, updateEmbedHosts } from '$lib/server/modules/engagement';

export const load: PageServerLoad = async ({ locals }) => ({ hosts: valueOrError(await showEmbedHosts(locals.ctx), locals.locale) });

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = await formFields(request);
		const result = await updateEmbedHosts(locals.ctx, { embedHosts: values.embedHosts ?? '' });
		if (!result.ok) {
			// A host that is none is told at the one field, whichever line it was on.
			const key = Object.entries(result.fields ?? {}).find(([name]) => name.startsWith('embedHosts'))?.[1];
			return failAction(result, { values, fields: key ? { embedHosts: key } : result.fields });
		}
		return { saved: true, values: { embedHosts: result.value.join('\n') } };
	}
};
