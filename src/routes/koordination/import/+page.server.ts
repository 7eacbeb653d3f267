import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import { decodeUpload } from '$lib/server/core/csv';
import { importOrganisations, IMPORT_COLUMNS, previewOrganisationImport } from '$lib/server/modules/directory';

export const load: PageServerLoad = (event) => {
	requireTenantPermission(event, 'directory.manage');
	return { columns: IMPORT_COLUMNS };
};

export const actions: Actions = {
	/** Reads the uploaded file and shows what would happen; nothing is written. */
	preview: async ({ request, locals }) => {
		const data = await request.formData();
		const file = data.get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { step: 'upload' as const, fields: { file: 'imports.error.no_file' } });
		const csv = decodeUpload(new Uint8Array(await file.arrayBuffer()));
		const result = await previewOrganisationImport(locals.ctx, csv);
		if (!result.ok) return fail(result.error === 'forbidden' ? 403 : 400, { step: 'upload' as const, fields: result.fields });
		return { step: 'preview' as const, csv, fileName: file.name, preview: result.value };
	},
	/** Imports the file carried along in the form, with the coordinator's choice for each duplicate. */
	import: async ({ request, locals }) => {
		const fields = await formFields(request);
		const csv = fields.csv ?? '';
		const fileName = fields.fileName ?? '';
		const decisions: Record<string, string> = {};
		for (const [name, value] of Object.entries(fields)) {
			const line = /^decision-(\d+)$/.exec(name)?.[1];
			if (line) decisions[line] = value;
		}
		const result = await importOrganisations(locals.ctx, { csv, decisions });
		if (result.ok) return { step: 'done' as const, summary: result.value };
		if (result.error === 'rows_invalid') return fail(400, { step: 'preview' as const, csv, fileName, preview: result.preview, notImported: true, decisions });
		if (result.error === 'decisions') {
			const preview = await previewOrganisationImport(locals.ctx, csv);
			if (preview.ok) return fail(400, { step: 'preview' as const, csv, fileName, preview: preview.value, fields: result.fields, decisions });
		}
		return fail(result.error === 'forbidden' ? 403 : 400, { step: 'upload' as const, fields: 'fields' in result ? result.fields : undefined });
	}
};
