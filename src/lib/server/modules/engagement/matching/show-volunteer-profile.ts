import { ZNoInput, useCase } from '$lib/server/core/use-case';
import { ok } from '$lib/server/core/result';
import { listCategories, listDistrictNames } from '$lib/server/modules/directory';
import { findProfile, postcodePosition, type VolunteerProfile } from './queries';

export interface VolunteerProfileView {
	/** null before the person saved one. */
	profile: VolunteerProfile | null;
	/** The directory's fields of activity and districts the form offers. */
	fields: { id: string; de: string; en: string }[];
	districts: { id: string; name: string }[];
	/** Whether the town's addresses know the home postcode (null without one). */
	homeLocated: boolean | null;
}

/** Her own volunteer profile with what its form offers; nobody else reads it here. */
export const showVolunteerProfile = useCase({
	input: ZNoInput,
	own: 'volunteer_profile.read',
	run: async (ctx) => {
		const [profile, categories, districts] = await Promise.all([
			findProfile(ctx.db, ctx.tenant.id, ctx.actor.accountId),
			listCategories(ctx.db, ctx.tenant.id),
			listDistrictNames(ctx.db, ctx.tenant.id)
		]);
		const homeLocated = profile?.homePostcode ? (await postcodePosition(ctx.db, ctx.tenant.id, profile.homePostcode)) !== null : null;
		return ok<VolunteerProfileView>({
			profile,
			fields: categories.map((c) => ({ id: c.id, de: c.nameDe, en: c.nameEn })),
			districts: districts.map((d) => ({ id: d.id, name: d.name })),
			homeLocated
		});
	}
});
