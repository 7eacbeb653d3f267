import type { LayoutServerLoad } from './$types';
import { navigationFor } from '$lib/server/core/navigation';

// The area guard in the hooks has admitted only admins by now; this only lists their pages.
export const load: LayoutServerLoad = async ({ locals }) => ({ navigation: await navigationFor(locals.ctx, 'admin') });
