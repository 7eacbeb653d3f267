/** What the Stadtplan and its print view both load: the filtered places, the district outlines and the filter vocabulary. */
import type { RequestEvent } from '@sveltejs/kit';
import {
	accessibilityFeatures,
	languages,
	listCategories,
	listDistrictNames,
	mapAreas,
	mapOrganisationName,
	mapPlaces,
	organisationKinds,
	targetGroups,
	ZMapQuery,
	MAP_LIMIT
} from '$lib/server/modules/directory';
import { queryValues } from '$lib/server/core/http/query';

export async function loadMapPage({ locals, url }: Pick<RequestEvent, 'locals' | 'url'>) {
	const query = ZMapQuery.parse(queryValues(url));
	const { db } = locals.ctx;
	const tenantId = locals.tenant.id;
	const [result, categories, districts, areas, organisationName] = await Promise.all([
		mapPlaces(db, tenantId, query),
		listCategories(db, tenantId),
		listDistrictNames(db, tenantId),
		mapAreas(db, tenantId),
		query.organisation ? mapOrganisationName(db, tenantId, query.organisation) : Promise.resolve(null)
	]);
	const en = locals.locale === 'en';
	return {
		query,
		places: result.places,
		total: result.total,
		limit: MAP_LIMIT,
		organisationName,
		categories: categories.map((c) => ({ slug: c.slug, name: en ? c.nameEn : c.nameDe })),
		districts: districts.map((d) => ({ slug: d.slug, name: d.name })),
		areas,
		kinds: organisationKinds,
		targetGroups,
		languages,
		accessibility: accessibilityFeatures
	};
}
