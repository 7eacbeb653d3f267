/** Closed lists of the Freiwilligenbörse; their labels live in the message catalogue (`engagement.<list>.<value>`). */

/** How a person engages: regularly, for a project, once, or spontaneously ("Engagement to go"). */
export const commitments = ['regular', 'project', 'once', 'spontaneous'] as const;
export type Commitment = (typeof commitments)[number];

/**
 * Where an opportunity stands. `expired` is set by the daily job when nobody confirmed it in time:
 * unlike `archived` (the organisation ended it), confirming brings it back as published.
 */
export const opportunityStatuses = ['draft', 'review', 'published', 'paused', 'filled', 'expired', 'archived'] as const;
export type OpportunityStatus = (typeof opportunityStatuses)[number];

/** The groups an opportunity explicitly welcomes. */
export const welcomeGroups = ['seniors', 'families', 'migration', 'disability'] as const;
export type WelcomeGroup = (typeof welcomeGroups)[number];

/** What a volunteer needs to bring. */
export const requirements = ['police_certificate', 'first_aid', 'driving_licence'] as const;
export type Requirement = (typeof requirements)[number];

/** What the organisation gives its volunteers. */
export const offers = ['insurance', 'expenses', 'training', 'certificate'] as const;
export type Offer = (typeof offers)[number];

export const applicationStatuses = ['new', 'in_contact', 'accepted', 'declined', 'withdrawn'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const suggestionStatuses = ['open', 'accepted', 'declined'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];

export const ageBands = ['under_18', '18_29', '30_49', '50_64', '65_plus'] as const;
export type AgeBand = (typeof ageBands)[number];

export const lookingFor = ['once', 'regular', 'both'] as const;
export type LookingFor = (typeof lookingFor)[number];

export const searchFrequencies = ['daily', 'weekly'] as const;
export type SearchFrequency = (typeof searchFrequencies)[number];

/**
 * The week grid ("wann"): seven days (Monday first) × three parts of the day, stored as one integer
 * bit mask so that "fits my availability" is a single `schedule & availability <> 0` in SQL.
 * Bit `day * 3 + slot` is set when the slot is wanted: day 0 = Monday … 6 = Sunday,
 * slot 0 = morning, 1 = afternoon, 2 = evening. Monday morning is 1, Sunday evening is 2^20.
 */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
export const dayParts = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof dayParts)[number];
export const SCHEDULE_BITS = weekdays.length * dayParts.length;
export const FULL_WEEK = 2 ** SCHEDULE_BITS - 1;

export const scheduleBit = (day: number, part: number): number => 1 << (day * dayParts.length + part);

/** A form's slot values ("mon-morning", …) as the bit mask; unknown values are dropped. */
export function scheduleFromSlots(slots: readonly string[]): number {
	let mask = 0;
	for (const slot of slots) {
		const [day, part] = slot.split('-');
		const d = weekdays.indexOf(day as Weekday);
		const p = dayParts.indexOf(part as DayPart);
		if (d >= 0 && p >= 0) mask |= scheduleBit(d, p);
	}
	return mask;
}

/** The bit mask as the slot values it holds, Monday morning first. */
export function slotsOfSchedule(mask: number): string[] {
	const slots: string[] = [];
	weekdays.forEach((day, d) => dayParts.forEach((part, p) => mask & scheduleBit(d, p) && slots.push(`${day}-${part}`)));
	return slots;
}

/** The mask by day, for saying it in words ("Dienstag nachmittags, abends"): only days with a slot. */
export const weekOf = (mask: number): { day: Weekday; parts: DayPart[] }[] =>
	weekdays.map((day, d) => ({ day, parts: dayParts.filter((_, p) => mask & scheduleBit(d, p)) })).filter((w) => w.parts.length > 0);

/** Every slot value, for forms and validation. */
export const scheduleSlots = weekdays.flatMap((day) => dayParts.map((part) => `${day}-${part}`));

/** One fixed date of an opportunity (Deichputz on a Saturday), with optional times of day. */
export interface OpportunityDate {
	/** YYYY-MM-DD */
	date: string;
	/** HH:MM, or absent */
	from?: string;
	to?: string;
}

/** What a person chose to share with an organisation when applying. */
export interface SharedContact {
	name?: string;
	email?: string;
	phone?: string;
	postcode?: string;
	ageBand?: AgeBand;
}

/** The months an opportunity stays published without being confirmed, unless the tenant sets another period. */
export const DEFAULT_EXPIRY_MONTHS = 6;
