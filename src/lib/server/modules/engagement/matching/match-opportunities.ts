import { useCase } from '$lib/server/core/use-case';
import { ok } from '$lib/server/core/result';
import { pageOf, pageWindow, type Page } from '$lib/server/core/pagination';
import { DEFAULT_RADIUS_KM, ZMatchQuery } from './contracts';
import { findProfile, matchCandidates, postcodePosition, type VolunteerProfile } from './queries';
import { scoreMatch, type Fit, type Match, type MatchProfile } from './score';
import type { Commitment } from '../vocabulary';

export const MATCHES_PER_PAGE = 10;

export interface MatchItem extends Match {
	id: string;
	title: string;
	organisation: string;
	commitment: Commitment;
	online: boolean;
	districts: string[];
}

export interface MatchResult {
	/** Whether she has a profile at all. */
	profile: boolean;
	matches: Page<MatchItem>;
}

/** The calendar day in the town (Europe/Berlin), which decides whether a fixed date is still ahead. */
const todayInTown = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

async function matchProfileOf(ctx: { db: Parameters<typeof postcodePosition>[0]; tenant: { id: string } }, profile: VolunteerProfile): Promise<MatchProfile> {
	return {
		interests: profile.interests,
		skills: profile.skills,
		languages: profile.languages,
		availability: profile.availability,
		districts: profile.districts,
		home: await postcodePosition(ctx.db, ctx.tenant.id, profile.homePostcode),
		travelRadiusKm: profile.travelRadiusKm ?? DEFAULT_RADIUS_KM,
		ageBand: profile.ageBand,
		lookingFor: profile.lookingFor
	};
}

/** "No fixed times" alone is no reason to show an opportunity. */
const isMatch = (match: Match) => match.fits.some((fit: Fit) => fit.kind !== 'no_fixed_times');

/**
 * "Passt zu mir": the town's published opportunities ranked against her own profile, best first,
 * each with why it fits and what does not. `profile` is false when she has none yet.
 */
export const matchOpportunities = useCase({
	input: ZMatchQuery,
	own: 'volunteer_profile.read',
	run: async (ctx, input) => {
		const window = pageWindow(input.seite, MATCHES_PER_PAGE);
		const profile = await findProfile(ctx.db, ctx.tenant.id, ctx.actor.accountId);
		if (!profile) return ok<MatchResult>({ profile: false, matches: pageOf<MatchItem>([], 0, window) });
		const reading = await matchProfileOf(ctx, profile);
		const today = todayInTown(new Date());
		const scored: MatchItem[] = [];
		for (const candidate of await matchCandidates(ctx.db, ctx.tenant.id, reading)) {
			const match = scoreMatch(reading, candidate, today);
			if (!match || !isMatch(match)) continue;
			const { id, title, organisation, commitment, online, districts } = candidate;
			scored.push({ id, title, organisation, commitment, online, districts, ...match });
		}
		scored.sort((a, b) => b.score - a.score || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.title.localeCompare(b.title, 'de'));
		const matches: Page<MatchItem> = pageOf(scored.slice(window.offset, window.offset + window.limit), scored.length, window);
		return ok<MatchResult>({ profile: true, matches });
	}
});
