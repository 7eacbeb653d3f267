import { dayParts, type AgeBand, type Commitment, type DayPart, type LookingFor, type OpportunityDate } from '../vocabulary';

/*
 * "Passt zu mir": how well one published opportunity fits a volunteer profile, and why. Pure, so the
 * rules can be read and tested on their own (decision 0026). Each criterion the profile says
 * something about has a weight and a value from 0 to 1; the score is the weighted share in percent,
 * so a profile with only interests is not judged by the times it never gave.
 */

/** What each criterion weighs: what a person does first, then when and where, then the rest. */
export const WEIGHTS = { interests: 30, time: 20, place: 20, commitment: 15, languages: 5, skills: 5, age: 5 } as const;
export type Criterion = keyof typeof WEIGHTS;

export interface Point {
	lat: number;
	lng: number;
}

/** The profile as matching reads it; `home` is the position of the home postcode, when the town's addresses know it. */
export interface MatchProfile {
	interests: readonly string[];
	skills: readonly string[];
	languages: readonly string[];
	availability: number;
	districts: readonly string[];
	home: Point | null;
	travelRadiusKm: number;
	ageBand: AgeBand | null;
	lookingFor: LookingFor;
}

/** A field of activity by its names in both languages. */
export interface FieldName {
	id: string;
	de: string;
	en: string;
}

export interface MatchCandidate {
	commitment: Commitment;
	schedule: number;
	dates: readonly OpportunityDate[];
	minAge: number | null;
	forYouth14: boolean;
	targetGroups: readonly string[];
	languages: readonly string[];
	skills: readonly string[];
	online: boolean;
	fields: readonly FieldName[];
	places: readonly { lat: number | null; lng: number | null; districtId: string | null; districtName: string | null }[];
}

/** Why it fits, in parts the reasons are written from (reasons.ts). */
export type Fit =
	| { kind: 'interests'; fields: FieldName[] }
	| { kind: 'schedule'; slots: number }
	| { kind: 'date'; date: string; part: DayPart | null }
	| { kind: 'no_fixed_times' }
	| { kind: 'distance'; km: number }
	| { kind: 'district'; names: string[] }
	| { kind: 'online' }
	| { kind: 'commitment'; commitment: Commitment }
	| { kind: 'languages'; languages: string[] }
	| { kind: 'skills'; skills: string[] }
	| { kind: 'youth' }
	| { kind: 'seniors' };

/** What does not fit, where the profile said something it contradicts. */
export type Miss =
	| { kind: 'far'; km: number; radiusKm: number }
	| { kind: 'elsewhere' }
	| { kind: 'other_times'; slots: number }
	| { kind: 'other_dates' }
	| { kind: 'commitment'; commitment: Commitment; lookingFor: Exclude<LookingFor, 'both'> };

export interface Match {
	/** 0–100: the weighted share of the criteria the profile gives. */
	score: number;
	fits: Fit[];
	misses: Miss[];
	/** To the nearest located place, when the home is known. */
	distanceKm: number | null;
}

/** The oldest a person in the age band can be, for minimum ages: only "unter 18" rules anything out. */
const YOUTH_MAX_AGE = 17;

/** The part of the day a start time falls in: before noon, before five, later. */
export function partOfDay(time: string | undefined): DayPart | null {
	if (!time) return null;
	const hour = Number(time.slice(0, 2));
	return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

/** The week-grid bits a fixed date covers: its part of the day, or the whole day without a time. */
export function dateSlots(date: OpportunityDate): number {
	const weekday = (new Date(`${date.date}T12:00:00Z`).getUTCDay() + 6) % 7;
	const part = partOfDay(date.from);
	const parts = part ? [dayParts.indexOf(part)] : [0, 1, 2];
	return parts.reduce((mask, p) => mask | (1 << (weekday * dayParts.length + p)), 0);
}

/** Kilometres between two points (haversine): a town's distances and a district's alike. */
export function distanceKm(a: Point, b: Point): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLng = (b.lng - a.lng) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const fold = (skill: string) => skill.toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();

/** Which commitments a search for something one-off or regular takes; a project is both. */
const FITTING: Record<Exclude<LookingFor, 'both'>, readonly Commitment[]> = { once: ['once', 'spontaneous', 'project'], regular: ['regular', 'project'] };

/** A profile that rules the opportunity out: a minimum age the person cannot have yet. */
export function excludes(profile: Pick<MatchProfile, 'ageBand'>, candidate: Pick<MatchCandidate, 'minAge'>): boolean {
	return profile.ageBand === 'under_18' && candidate.minAge !== null && candidate.minAge > YOUTH_MAX_AGE;
}

/**
 * How well the opportunity fits, or null when the profile rules it out. `today` (YYYY-MM-DD) decides
 * which fixed dates still count.
 */
export function scoreMatch(profile: MatchProfile, candidate: MatchCandidate, today: string): Match | null {
	if (excludes(profile, candidate)) return null;
	const fits: Fit[] = [];
	const misses: Miss[] = [];
	const values: Partial<Record<Criterion, number>> = {};

	if (profile.interests.length) {
		const shared = candidate.fields.filter((f) => profile.interests.includes(f.id));
		values.interests = shared.length ? 1 : 0;
		if (shared.length) fits.push({ kind: 'interests', fields: shared });
	}

	if (profile.availability) {
		const upcoming = candidate.dates.filter((d) => d.date >= today);
		if (candidate.schedule) {
			const overlap = candidate.schedule & profile.availability;
			values.time = overlap ? 1 : 0;
			if (overlap) fits.push({ kind: 'schedule', slots: overlap });
			else misses.push({ kind: 'other_times', slots: candidate.schedule });
		} else if (upcoming.length) {
			const fitting = upcoming.find((d) => dateSlots(d) & profile.availability);
			values.time = fitting ? 1 : 0;
			if (fitting) fits.push({ kind: 'date', date: fitting.date, part: partOfDay(fitting.from) });
			else misses.push({ kind: 'other_dates' });
		} else {
			// No times set at all: arranged with the organisation, neither a fit nor a clash.
			values.time = 0.5;
			fits.push({ kind: 'no_fixed_times' });
		}
	}

	let nearest: number | null = null;
	if (profile.home) {
		const home = profile.home;
		const located = candidate.places.filter((p): p is typeof p & Point => p.lat !== null && p.lng !== null);
		if (located.length) nearest = Math.min(...located.map((p) => distanceKm(home, p)));
	}
	if (profile.home || profile.districts.length) {
		const inDistricts = [...new Set(candidate.places.filter((p) => p.districtId && profile.districts.includes(p.districtId)).map((p) => p.districtName ?? ''))].filter(Boolean);
		if (candidate.online) {
			values.place = 1;
			fits.push({ kind: 'online' });
		} else if (nearest !== null && nearest <= profile.travelRadiusKm) {
			// Nearer is better, but anything within the radius the person chose fits.
			values.place = 1 - 0.5 * (nearest / profile.travelRadiusKm);
			fits.push({ kind: 'distance', km: nearest });
		} else if (inDistricts.length) {
			values.place = 1;
			fits.push({ kind: 'district', names: inDistricts });
		} else {
			values.place = 0;
			if (nearest !== null) misses.push({ kind: 'far', km: nearest, radiusKm: profile.travelRadiusKm });
			else if (profile.districts.length && candidate.places.some((p) => p.districtId)) misses.push({ kind: 'elsewhere' });
		}
	}

	if (profile.lookingFor !== 'both') {
		const fitting = FITTING[profile.lookingFor].includes(candidate.commitment);
		values.commitment = fitting ? 1 : 0;
		if (fitting) fits.push({ kind: 'commitment', commitment: candidate.commitment });
		else misses.push({ kind: 'commitment', commitment: candidate.commitment, lookingFor: profile.lookingFor });
	}

	// Languages and skills count only where the opportunity asks for some.
	if (profile.languages.length && candidate.languages.length) {
		const shared = candidate.languages.filter((l) => profile.languages.includes(l));
		values.languages = shared.length ? 1 : 0;
		if (shared.length) fits.push({ kind: 'languages', languages: shared });
	}
	if (profile.skills.length && candidate.skills.length) {
		const mine = profile.skills.map(fold);
		const shared = candidate.skills.filter((s) => mine.includes(fold(s)));
		values.skills = shared.length ? 1 : 0;
		if (shared.length) fits.push({ kind: 'skills', skills: shared });
	}

	if (profile.ageBand === 'under_18') {
		values.age = candidate.forYouth14 ? 1 : 0.5;
		if (candidate.forYouth14) fits.push({ kind: 'youth' });
	} else if (profile.ageBand === '65_plus' && candidate.targetGroups.includes('seniors')) {
		values.age = 1;
		fits.push({ kind: 'seniors' });
	}

	const given = Object.entries(values) as [Criterion, number][];
	const weight = given.reduce((sum, [criterion]) => sum + WEIGHTS[criterion], 0);
	const score = weight ? Math.round((100 * given.reduce((sum, [criterion, value]) => sum + WEIGHTS[criterion] * value, 0)) / weight) : 0;
	return { score, fits, misses, distanceKm: nearest };
}
