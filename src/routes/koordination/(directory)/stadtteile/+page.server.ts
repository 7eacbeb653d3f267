import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formData, requireTenantPermission } from '$lib/server/core/http/guards';
import { uploadedText } from '$lib/server/core/http/upload';
import { failAction } from '$lib/server/core/http/results';
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
		const file = await uploadedText(data);
		const mode = String(data.get('mode') ?? '');
		if (!file) return fail(400, { mode, fields: { file: 'imports.error.no_file' } });
		const result = await importDistricts(locals.ctx, { geojson: file.text, mode });
		if (result.ok) return { mode, imported: result.value };
		if (result.error === 'features_invalid') return fail(400, { mode, problems: result.problems });
		return failAction(result, { mode });
	}
};
