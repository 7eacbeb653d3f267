import { fieldsOf, formData, requireTenantPermission } from '$lib/server/core/http/guards';
import type { Actions, PageServerLoad } from './$types';
import { openDataLicenceIds, openDataLicences, updateTenantSettings } from '$lib/server/core/tenants';
import { failAction } from '$lib/server/core/http/results';

export const load: PageServerLoad = (event) => {
	requireTenantPermission(event, 'tenant.edit');
	const { locals } = event;
	const t = locals.tenant;
	return {
		settings: {
			name: t.name,
			officeName: t.officeName,
			officeStreet: t.officeStreet,
			officePostcode: t.officePostcode,
			officeCity: t.officeCity,
			officeEmail: t.officeEmail,
			officePhone: t.officePhone,
			colorPrimary: t.colorPrimary,
			colorSecondary: t.colorSecondary,
			defaultLocale: t.defaultLocale,
			tileUrl: t.tileUrl,
			tileAttribution: t.tileAttribution,
			openDataLicence: t.openDataLicence
		},
		licences: openDataLicenceIds.map((id) => ({ id, name: openDataLicences[id].name }))
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await formData(request);
		const values = fieldsOf(data);
		const upload = data.get('logo');
		const logo = values.removeLogo === 'on' ? ({ remove: true } as const) : upload instanceof File && upload.size > 0 ? { data: new Uint8Array(await upload.arrayBuffer()) } : undefined;
		const result = await updateTenantSettings(locals.ctx, { ...values, logo });
		if (!result.ok) return failAction(result, { values });
		// This request's tenant was read before the change: the form shows what was saved.
		return { saved: true, values };
	}
};
