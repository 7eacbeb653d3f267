import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import {
	accessibilityFeatures,
	directoryLetters,
	languages,
	listCategories,
	listDistrictNames,
	organisationKinds,
	searchOrganisations,
	targetGroups,
	ZDirectoryQuery,
	DIRECTORY_TOPIC
} from '$lib/server/modules/directory';
import { keepForVisitors } from '$lib/server/core/http/page-cache';
import { queryValues } from '$lib/server/core/http/query';
import { localName } from '$lib/i18n/localised';

export const load: PageServerLoad = async ({ locals, url }) => {
	// A plain form sends its empty fields too; the shareable address leaves them out.
	if ([...url.searchParams.values()].some((v) => v === '')) {
		const kept = [...url.searchParams].filter(([, v]) => v !== '');
		redirect(303, `${url.pathname}${kept.length ? `?${new URLSearchParams(kept)}` : ''}`);
	}
	keepForVisitors(locals, DIRECTORY_TOPIC);
	const query = ZDirectoryQuery.parse(queryValues(url));
	const { db, tenant } = locals.ctx;
	const [result, letters, categories, districts] = await Promise.all([
		searchOrganisations(db, tenant.id, query),
		directoryLetters(db, tenant.id),
		listCategories(db, tenant.id),
		listDistrictNames(db, tenant.id)
	]);
	return {
		query,
		result,
		letters,
		categories: categories.map((c) => ({ slug: c.slug, name: localName(c, locals.locale) })),
		districts: districts.map((d) => ({ slug: d.slug, name: d.name })),
		options: { kinds: organisationKinds, targetGroups, languages, accessibility: accessibilityFeatures }
	};
};
