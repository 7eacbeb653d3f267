import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formData, formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import { uploadedText } from '$lib/server/core/http/upload';
import { failAction } from '$lib/server/core/http/results';
import { listExportFiles } from '$lib/server/core/exports';
import { packImportFile, unpackImportFile } from '$lib/server/modules/directory';
import { importOpportunities, OPPORTUNITY_IMPORT_COLUMNS, previewOpportunityImport } from '$lib/server/modules/engagement';

export const load: PageServerLoad = (event) => {
	requireTenantPermission(event, 'opportunity.import');
	const exports = listExportFiles('all').filter((f) => f.path.startsWith('/koordination/angebote/export'));
	return { columns: OPPORTUNITY_IMPORT_COLUMNS, exports };
};

const status = (value: string | undefined) => (value === 'draft' ? 'draft' : 'published');
const fileLost = () => fail(400, { step: 'upload' as const, fields: { file: 'imports.error.file_lost' as const } });

export const actions: Actions = {
	/** Reads the file and says what would happen, row by row; nothing is written. */
	preview: async ({ request, locals }) => {
		const data = await formData(request);
		const file = await uploadedText(data);
		const chosen = status(typeof data.get('status') === 'string' ? String(data.get('status')) : undefined);
		if (!file) return fail(400, { step: 'upload' as const, status: chosen, fields: { file: 'imports.error.no_file' } });
		const result = await previewOpportunityImport(locals.ctx, { csv: file.text });
		if (!result.ok) return failAction(result, { step: 'upload' as const, status: chosen });
		return { step: 'preview' as const, file: packImportFile(file.text), fileName: file.name, status: chosen, preview: result.value };
	},
	/** Imports the file the preview carried along: every row, or none. */
	import: async ({ request, locals }) => {
		const fields = await formFields(request);
		const csv = unpackImportFile(fields.file ?? '');
		if (csv === null) return fileLost();
		const chosen = status(fields.status);
		const result = await importOpportunities(locals.ctx, { csv, status: chosen });
		if (result.ok) return { step: 'done' as const, status: chosen, created: result.value.created.slice(0, 100), count: result.value.created.length };
		if (result.error === 'rows_invalid') return fail(400, { step: 'preview' as const, file: fields.file, fileName: fields.fileName ?? '', status: chosen, preview: result.preview, notImported: true });
		return failAction(result, { step: 'upload' as const, status: chosen });
	}
};
