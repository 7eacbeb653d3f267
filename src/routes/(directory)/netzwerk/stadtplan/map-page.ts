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
import { localName } from '$lib/i18n/localised';

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
	return {
		query,
		places: result.places,
		total: result.total,
		limit: MAP_LIMIT,
		organisationName,
		categories: categories.map((c) => ({ slug: c.slug, name: localName(c, locals.locale) })),
		districts: districts.map((d) => ({ slug: d.slug, name: d.name })),
		areas,
		kinds: organisationKinds,
		targetGroups,
		languages,
		accessibility: accessibilityFeatures
	};
}
