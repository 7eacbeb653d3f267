import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formData, formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import { uploadedText } from '$lib/server/core/http/upload';
import { failAction } from '$lib/server/core/http/results';
import { countAddresses, countUnlocatedPlaces, importAddresses, locateUnlocatedPlaces, previewAddressImport } from '$lib/server/modules/directory';

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'directory.manage');
	const { db } = event.locals.ctx;
	const tenantId = event.locals.tenant.id;
	const [addresses, unlocated] = await Promise.all([countAddresses(db, tenantId), countUnlocatedPlaces(db, tenantId)]);
	return { addresses, unlocated };
};

export const actions: Actions = {
	preview: async ({ request, locals }) => {
		const file = await uploadedText(await formData(request));
		if (!file) return fail(400, { step: 'upload' as const, fields: { file: 'imports.error.no_file' } });
		const result = await previewAddressImport(locals.ctx, { csv: file.text });
		if (!result.ok) return failAction(result, { step: 'upload' as const });
		return { step: 'preview' as const, csv: file.text, fileName: file.name, preview: result.value };
	},
	import: async ({ request, locals }) => {
		const fields = await formFields(request);
		const csv = fields.csv ?? '';
		const fileName = fields.fileName ?? '';
		const result = await importAddresses(locals.ctx, { csv });
		if (result.ok) return { step: 'done' as const, counts: result.value };
		if (result.error === 'rows_invalid') return fail(400, { step: 'preview' as const, csv, fileName, preview: result.preview, notImported: true });
		return fail(result.error === 'forbidden' ? 403 : 400, { step: 'upload' as const, fields: 'fields' in result ? result.fields : undefined });
	},
	locate: async ({ locals }) => {
		const result = await locateUnlocatedPlaces(locals.ctx);
		if (!result.ok) return failAction(result, { step: 'upload' as const });
		return { step: 'located' as const, located: result.value };
	}
};
