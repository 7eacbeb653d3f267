import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { listDistrictNames, organisationCategoryIds, placesOf } from '../search/queries';
import { ZOrganisationRef } from '../contracts';
import { liveOrganisation, mayEditOrganisation } from './organisation-access';

/**
 * What the edit page of an organisation shows its owners, editors and coordinators: the profile's
 * own fields (no search index, no internal links), its fields of activity, its places with their
 * district's name.
 */
export const loadOrganisationForEditing = useCase({
	input: ZOrganisationRef,
	allowed: mayEditOrganisation,
	run: async (ctx, { organisationId }) => {
		const org = await liveOrganisation(ctx, organisationId);
		if (!org) return fail('not_found');
		const [categoryIds, places, districts] = await Promise.all([
			organisationCategoryIds(ctx.db, ctx.tenant.id, org.id),
			placesOf(ctx.db, ctx.tenant.id, [org.id]),
			listDistrictNames(ctx.db, ctx.tenant.id)
		]);
		const districtName = new Map(districts.map((d) => [d.id, d.name]));
		const { searchVector: _index, initial: _letter, tenantId: _tenant, createdBy: _creator, mergedIntoId: _merged, staleReminderSentAt: _reminded, ...profile } = org;
		return ok({
			organisation: { ...profile, categoryIds },
			places: places.map((p) => ({ ...p, district: p.districtId ? (districtName.get(p.districtId) ?? null) : null }))
		});
	}
});
