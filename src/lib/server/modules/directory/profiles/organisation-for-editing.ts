import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { can } from '$lib/server/core/permissions';
import { listDistrictNames, organisationCategoryIds, placesOf, type Place } from '../search/queries';
import { findOrganisation, type Organisation } from '../../../core/organisations/queries';

type EditableProfile = Omit<Organisation, 'searchVector' | 'initial' | 'tenantId' | 'createdBy' | 'mergedIntoId' | 'staleReminderSentAt'>;

/**
 * What the edit page of an organisation shows its owners, editors and coordinators: the profile's
 * own fields (no search index, no internal links), its fields of activity, its places with their
 * district's name.
 */
export async function loadOrganisationForEditing(
	ctx: Ctx,
	id: string
): Promise<Result<{ organisation: EditableProfile & { categoryIds: string[] }; places: (Place & { district: string | null })[] }, 'not_found' | 'forbidden'>> {
	const org = await findOrganisation(ctx.db, ctx.tenant.id, id);
	if (!org || org.status === 'merged') return fail('not_found');
	if (!can(ctx.actor, 'organisation.edit', { kind: 'organisation', tenantId: ctx.tenant.id, organisationId: org.id })) return fail('forbidden');
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
