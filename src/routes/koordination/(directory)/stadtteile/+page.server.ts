import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formData, requireTenantPermission } from '$lib/server/core/http/guards';
import { decodeUpload } from '$lib/server/core/csv';
import { countUnlocatedPlaces, districtOverview, importDistricts } from '$lib/server/modules/directory';

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'directory.manage');
	const { db } = event.locals.ctx;
	const tenantId = event.locals.tenant.id;
	const [overview, unlocated] = await Promise.all([districtOverview(db, tenantId), countUnlocatedPlaces(db, tenantId)]);
	return { overview, unlocated };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await formData(request);
		const file = data.get('file');
		const mode = String(data.get('mode') ?? '');
		if (!(file instanceof File) || file.size === 0) return fail(400, { mode, fields: { file: 'imports.error.no_file' } });
		const result = await importDistricts(locals.ctx, { geojson: decodeUpload(new Uint8Array(await file.arrayBuffer())), mode });
		if (result.ok) return { mode, imported: result.value };
		if (result.error === 'features_invalid') return fail(400, { mode, problems: result.problems });
		return fail(result.error === 'forbidden' ? 403 : 400, { mode, fields: result.fields });
	}
};
