import type { LayoutServerLoad } from './$types';
import { requireTenantPermission } from '$lib/server/core/http/guards';

export const load: LayoutServerLoad = (event) => {
	requireTenantPermission(event, 'area.admin');
};
