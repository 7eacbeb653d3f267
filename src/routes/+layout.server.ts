import type { LayoutServerLoad } from './$types';
import { can } from '$lib/server/core/permissions';
import { navigationFor } from '$lib/server/core/navigation';
import { countUnreadNotifications } from '$lib/server/core/notifications';
import { isListed } from '$lib/server/core/http/areas';
import { browserMessages } from '$lib/i18n/browser-messages';

export const load: LayoutServerLoad = async ({ locals, route }) => {
	const { tenant, actor } = locals;
	const area = (action: 'area.admin' | 'area.coordination' | 'area.partner') => can(actor, action, { kind: 'tenant', tenantId: tenant.id });
	return {
		locale: locals.locale,
		// Reaches the browser only on pages with JavaScript, e.g. for an error page drawn there.
		messages: browserMessages(locals.locale, []),
		basePath: locals.basePath,
		// The tenant's own address for canonical links, and whether search engines may list this route.
		baseUrl: locals.ctx.baseUrl,
		listed: isListed(route.id),
		tenant: {
			slug: tenant.slug,
			name: tenant.name,
			kind: tenant.kind,
			logoUrl: tenant.logoPath ? `${locals.basePath}/dateien/${tenant.logoPath}` : null,
			colorPrimary: tenant.colorPrimary,
			colorSecondary: tenant.colorSecondary,
			officeName: tenant.officeName,
			officeStreet: tenant.officeStreet,
			officePostcode: tenant.officePostcode,
			officeCity: tenant.officeCity,
			officeEmail: tenant.officeEmail,
			officePhone: tenant.officePhone
		},
		account: locals.account ? { displayName: locals.account.displayName, email: locals.account.email, unreadNotifications: await countUnreadNotifications(locals.ctx) } : null,
		navigation: await navigationFor(locals.ctx, 'public'),
		areas: { admin: area('area.admin'), coordination: area('area.coordination'), partner: area('area.partner') }
	};
};
