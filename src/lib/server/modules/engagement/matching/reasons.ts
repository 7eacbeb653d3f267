import { translate, translatePlural, type Locale, type MessageKey } from '$lib/i18n';
import { dayParts, weekdays } from '../vocabulary';
import type { Fit, Match, Miss } from './score';

/*
 * The words of "Passt zu mir": each reason is a part from the message catalogue, filled with
 * lists in the language's own way ("Umwelt und Sport", "A, B und C") and numbers with its
 * decimal mark ("1,2 km"). The parts are joined with commas into one sentence for what fits and one
 * for what does not.
 */

const numberLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'de-DE');

/** "A, B und C" / "A, B and C". */
export function listOf(locale: Locale, items: readonly string[]): string {
	return new Intl.ListFormat(numberLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}

/** Kilometres with one decimal at most: "1,2", "12", "0,3". */
export function kilometres(locale: Locale, km: number): string {
	return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 1 }).format(Math.round(km * 10) / 10);
}

/** At most this many days are named; the rest are counted. */
const NAMED_DAYS = 3;

/** The slots of a week grid mask by day: "Samstag vormittags und nachmittags, Sonntag abends". */
export function slotsText(locale: Locale, mask: number): string {
	const days = weekdays.map((day, d) => ({ day, parts: dayParts.filter((_, p) => mask & (1 << (d * dayParts.length + p))) })).filter((d) => d.parts.length);
	const named = days.slice(0, NAMED_DAYS).map(({ day, parts }) =>
		translate(locale, 'matching.slot', {
			day: translate(locale, `engagement.day.${day}`),
			parts: listOf(
				locale,
				parts.map((part) => translate(locale, `engagement.part.${part}`))
			)
		})
	);
	const rest = days.length - named.length;
	const groups = rest ? [...named, translatePlural(locale, 'matching.more_days', rest)] : named;
	// "Samstag vormittags und nachmittags, Sonntag abends": a second "und" between days would blur which parts belong to which day.
	return days.some((d) => d.parts.length > 1) ? groups.join(', ') : listOf(locale, groups);
}

function dateText(locale: Locale, date: string): string {
	return new Intl.DateTimeFormat(numberLocale(locale), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

const label = (locale: Locale, key: MessageKey) => translate(locale, key);

function fitText(locale: Locale, fit: Fit): string {
	switch (fit.kind) {
		case 'interests':
			return translatePlural(locale, 'matching.fit.interests', fit.fields.length, {
				fields: listOf(
					locale,
					fit.fields.map((f) => (locale === 'en' ? f.en : f.de))
				)
			});
		case 'schedule':
			return slotsText(locale, fit.slots);
		case 'date':
			return translate(locale, fit.part ? 'matching.fit.date_part' : 'matching.fit.date', { date: dateText(locale, fit.date), part: fit.part ? label(locale, `engagement.part.${fit.part}`) : '' });
		case 'no_fixed_times':
			return translate(locale, 'matching.fit.no_fixed_times');
		case 'distance':
			return translate(locale, 'matching.fit.distance', { km: kilometres(locale, fit.km) });
		case 'district':
			return translatePlural(locale, 'matching.fit.district', fit.names.length, { districts: listOf(locale, fit.names) });
		case 'online':
			return translate(locale, 'matching.fit.online');
		case 'commitment':
			return translate(locale, `matching.fit.commitment.${fit.commitment}`);
		case 'languages':
			return translatePlural(locale, 'matching.fit.languages', fit.languages.length, {
				languages: listOf(
					locale,
					fit.languages.map((l) => translate(locale, `lang.${l}` as MessageKey))
				)
			});
		case 'skills':
			return translatePlural(locale, 'matching.fit.skills', fit.skills.length, { skills: listOf(locale, fit.skills) });
		case 'youth':
			return translate(locale, 'matching.fit.youth');
		case 'seniors':
			return translate(locale, 'matching.fit.seniors');
	}
}

function missText(locale: Locale, miss: Miss): string {
	switch (miss.kind) {
		case 'far':
			return translate(locale, 'matching.miss.far', { km: kilometres(locale, miss.km), radius: kilometres(locale, miss.radiusKm) });
		case 'elsewhere':
			return translate(locale, 'matching.miss.elsewhere');
		case 'other_times':
			return translate(locale, 'matching.miss.other_times', { slots: slotsText(locale, miss.slots) });
		case 'other_dates':
			return translate(locale, 'matching.miss.other_dates');
		case 'commitment':
			return translate(locale, `matching.miss.looking_${miss.lookingFor}`, { commitment: translate(locale, `matching.commitment.${miss.commitment}`) });
	}
}

/** A sentence from parts: the message with its parts joined by commas, or null without any. */
const sentence = (locale: Locale, key: 'matching.fits' | 'matching.misses', parts: string[]) => (parts.length ? translate(locale, key, { parts: parts.join(', ') }) : null);

/** What fits and what does not, each as one sentence ("Passt zu Ihrem Interesse Umwelt, Samstag vormittags, 1,2 km entfernt."). */
export function describeMatch(locale: Locale, match: Pick<Match, 'fits' | 'misses'>): { fits: string | null; misses: string | null } {
	return {
		fits: sentence(
			locale,
			'matching.fits',
			match.fits.map((fit) => fitText(locale, fit))
		),
		misses: sentence(
			locale,
			'matching.misses',
			match.misses.map((miss) => missText(locale, miss))
		)
	};
}
