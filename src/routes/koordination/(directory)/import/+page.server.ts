import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formData, formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import { uploadedText } from '$lib/server/core/http/upload';
import { failAction } from '$lib/server/core/http/results';
import { importOrganisations, IMPORT_COLUMNS, packImportFile, previewOrganisationImport, unpackImportFile, type ImportPreview } from '$lib/server/modules/directory';

/** Organisations named after an import; the counts cover all of them. */
const LISTED = 100;

export const load: PageServerLoad = (event) => {
	requireTenantPermission(event, 'directory.manage');
	return { columns: IMPORT_COLUMNS };
};

/**
 * The coordinator's choices, `decision-<line>` → skip, new, org:…, line:…, from every page seen so
 * far. "Skip" is what a possible duplicate gets anyway, so it need not travel from page to page.
 */
function decisionsOf(fields: Record<string, string>): Record<string, string> {
	const decisions: Record<string, string> = {};
	for (const [name, value] of Object.entries(fields)) {
		const line = /^decision-(\d{1,7})$/.exec(name)?.[1];
		if (line && value !== 'skip' && value.length <= 60) decisions[line] = value;
	}
	return decisions;
}

/** The preview step: one page of rows, the file packed for the next form, and the choices made so far. */
const previewStep = (file: string, fileName: string, preview: ImportPreview, decisions: Record<string, string>) => ({
	step: 'preview' as const,
	file,
	fileName,
	preview,
	decisions
});

/** The file the preview's form carries; a form that lost it starts again with the upload. */
function carriedFile(fields: Record<string, string>) {
	const csv = unpackImportFile(fields.file ?? '');
	return csv === null ? null : { csv, file: fields.file, fileName: fields.fileName ?? '' };
}
const fileLost = () => fail(400, { step: 'upload' as const, fields: { file: 'imports.error.file_lost' as const } });

export const actions: Actions = {
	/** Reads the uploaded file and shows the first page of what would happen; nothing is written. */
	preview: async ({ request, locals }) => {
		const file = await uploadedText(await formData(request));
		if (!file) return fail(400, { step: 'upload' as const, fields: { file: 'imports.error.no_file' } });
		const result = await previewOrganisationImport(locals.ctx, { csv: file.text });
		if (!result.ok) return failAction(result, { step: 'upload' as const });
		return previewStep(packImportFile(file.text), file.name, result.value, {});
	},
	/** Another page of the same preview, keeping the choices made on the pages seen before. */
	page: async ({ request, locals }) => {
		const fields = await formFields(request);
		const carried = carriedFile(fields);
		if (!carried) return fileLost();
		const result = await previewOrganisationImport(locals.ctx, { page: Number(fields.page) || 1, csv: carried.csv });
		if (!result.ok) return failAction(result, { step: 'upload' as const });
		return previewStep(carried.file, carried.fileName, result.value, decisionsOf(fields));
	},
	/** Imports the file carried along in the form, with the coordinator's choice for each duplicate. */
	import: async ({ request, locals }) => {
		const fields = await formFields(request);
		const carried = carriedFile(fields);
		if (!carried) return fileLost();
		const decisions = decisionsOf(fields);
		const result = await importOrganisations(locals.ctx, { csv: carried.csv, decisions });
		if (result.ok) {
			const { created, merged, ...counts } = result.value;
			return {
				step: 'done' as const,
				summary: { ...counts, created: created.slice(0, LISTED), merged: merged.slice(0, LISTED), createdCount: created.length, mergedCount: merged.length }
			};
		}
		if (result.error === 'rows_invalid') return fail(400, { ...previewStep(carried.file, carried.fileName, result.preview, decisions), notImported: true });
		if (result.error === 'decisions') {
			// Show the page with the first choice that cannot be carried out.
			const lines = Object.keys(result.fields ?? {}).map((name) => Number(name.replace('decision-', '')));
			const preview = await previewOrganisationImport(locals.ctx, { line: Math.min(...lines), csv: carried.csv });
			if (preview.ok) return fail(400, { ...previewStep(carried.file, carried.fileName, preview.value, decisions), fields: result.fields });
		}
		return fail(result.error === 'forbidden' ? 403 : 400, { step: 'upload' as const, fields: 'fields' in result ? result.fields : undefined });
	}
};
