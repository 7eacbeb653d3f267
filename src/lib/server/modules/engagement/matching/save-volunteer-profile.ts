import { sql } from 'drizzle-orm';
import { useCase } from '$lib/server/core/use-case';
import { ok } from '$lib/server/core/result';
import { volunteerProfiles } from '../schema';
import { ZVolunteerProfileInput } from './contracts';
import { findProfile, knownIds } from './queries';

/**
 * Saves her own volunteer profile. "Ich möchte beraten werden" keeps the time of the first consent
 * while it stays ticked, and loses it when taken back: coordinators see only people with both.
 */
export const saveVolunteerProfile = useCase({
	input: ZVolunteerProfileInput,
	own: 'volunteer_profile.edit',
	run: async (ctx, input) => {
		const tenantId = ctx.tenant.id;
		const accountId = ctx.actor.accountId;
		const [interests, districts, before] = await Promise.all([
			knownIds(ctx.db, tenantId, 'categories', input.interests),
			knownIds(ctx.db, tenantId, 'districts', input.districts),
			findProfile(ctx.db, tenantId, accountId)
		]);
		const values = {
			interests,
			skills: input.skills,
			languages: input.languages,
			availability: input.availability,
			districts,
			homePostcode: input.homePostcode,
			travelRadiusKm: input.travelRadiusKm,
			ageBand: input.ageBand,
			lookingFor: input.lookingFor,
			wantsAdvice: input.wantsAdvice,
			adviceConsentAt: input.wantsAdvice ? (before?.adviceConsentAt ?? new Date()) : null,
			updatedAt: sql`now()`
		};
		await ctx.db
			.insert(volunteerProfiles)
			.values({ tenantId, accountId, ...values })
			.onConflictDoUpdate({ target: [volunteerProfiles.tenantId, volunteerProfiles.accountId], set: values });
		return ok({ saved: true });
	}
});
