import { ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { applicationStatuses } from '../vocabulary';
import { monthsOf, ZPeriod } from './period';
import {
	answeredWithinSevenDays,
	applicationsByStatus,
	consultationsByMonth,
	countOpportunitiesPublished,
	countSearchesWithoutResults,
	matchesByMonth,
	opportunitiesByDistrict,
	opportunitiesByField,
	percent,
	suggestionsByMonth
} from './queries';

/** A row of a table: a name people gave (a field, a district), or none (the page names the gap: "ohne Stadtteil"). */
export interface NamedCount {
	name: string | null;
	count: number;
}

/**
 * The Freiwilligenbörse's figures for the coordination office and its yearly report, over a
 * period (`von`, `bis`; the year so far without them): opportunities by field and district,
 * applications by status and how many were answered within 7 days, matches, consultations and
 * suggestions per month, searches without a result.
 */
export const showEngagementFigures = useCase({
	input: ZPeriod,
	permission: 'area.coordination',
	run: async (ctx, range) => {
		const { db } = ctx;
		const tenantId = ctx.tenant.id;
		const [published, byField, byDistrict, statuses, answered, matches, consultations, suggestions, searches] = await Promise.all([
			countOpportunitiesPublished(db, tenantId, range),
			opportunitiesByField(db, tenantId, range),
			opportunitiesByDistrict(db, tenantId, range),
			applicationsByStatus(db, tenantId, range),
			answeredWithinSevenDays(db, tenantId, range),
			matchesByMonth(db, tenantId, range),
			consultationsByMonth(db, tenantId, range),
			suggestionsByMonth(db, tenantId, range),
			countSearchesWithoutResults(db, tenantId, range)
		]);
		const months = monthsOf(range).map((month) => ({
			month,
			matches: matches.get(month) ?? 0,
			consultations: consultations.get(month) ?? 0,
			suggestions: suggestions.made.get(month) ?? 0,
			acceptedSuggestions: suggestions.accepted.get(month) ?? 0
		}));
		return ok({
			range,
			opportunities: {
				published,
				byField: byField.map((f): NamedCount => ({ name: f.id === null ? null : ctx.locale === 'en' ? f.nameEn! : f.nameDe!, count: f.n })),
				byDistrict: byDistrict.districts.map((d): NamedCount => ({ name: d.name, count: d.n })),
				online: byDistrict.online
			},
			applications: {
				byStatus: applicationStatuses.map((status) => ({ status, count: statuses.get(status) ?? 0 })),
				total: [...statuses.values()].reduce((a, b) => a + b, 0),
				answeredWithinSevenDays: { ...answered, percent: percent(answered) }
			},
			months,
			searchesWithoutResults: searches
		});
	}
});
export type EngagementFigures = Extract<Awaited<ReturnType<typeof showEngagementFigures>>, { ok: true }>['value'];
