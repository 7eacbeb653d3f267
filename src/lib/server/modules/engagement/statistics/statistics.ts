import type { Statistic } from '$lib/server/core/statistics';
import { answeredWithinSevenDays, applicationsByStatus, consultationsByMonth, countOpportunitiesPublished, countSearchesWithoutResults, matchesByMonth, percent, suggestionsByMonth } from './queries';

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/** The Freiwilligenbörse's counters for the office's figures and the yearly report (Umsetzungsbericht). */
export const engagementStatistics: Statistic[] = [
	{ name: 'engagement.opportunities_published', label: 'stats.engagement.opportunities_published', count: countOpportunitiesPublished },
	{ name: 'engagement.applications', label: 'stats.engagement.applications', count: async (db, tenantId, range) => sum(await applicationsByStatus(db, tenantId, range)) },
	{
		name: 'engagement.answered_within_7_days_percent',
		label: 'stats.engagement.answered_within_7_days_percent',
		// A figure is a number: with nothing to measure the share is 0, the office's page says "no applications" instead.
		count: async (db, tenantId, range) => percent(await answeredWithinSevenDays(db, tenantId, range)) ?? 0
	},
	{ name: 'engagement.matches', label: 'stats.engagement.matches', count: async (db, tenantId, range) => sum(await matchesByMonth(db, tenantId, range)) },
	{ name: 'engagement.consultations', label: 'stats.engagement.consultations', count: async (db, tenantId, range) => sum(await consultationsByMonth(db, tenantId, range)) },
	{ name: 'engagement.suggestions', label: 'stats.engagement.suggestions', count: async (db, tenantId, range) => sum((await suggestionsByMonth(db, tenantId, range)).made) },
	{ name: 'engagement.searches_without_results', label: 'stats.engagement.searches_without_results', count: countSearchesWithoutResults }
];
