import { translate, type Locale } from '$lib/i18n';
import type { EngagementFigures } from './show-engagement-figures';

/**
 * The figures as one long table (table, row, value), the shape a spreadsheet pivots best; the
 * names of tables and rows in the language of the person downloading, months as YYYY-MM.
 */
export function engagementFiguresCsv(figures: EngagementFigures, locale: Locale): { header: string[]; rows: (string | number)[][] } {
	const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
	const rows: (string | number)[][] = [];
	const byField = t('engagement.stats.by_field');
	for (const row of figures.opportunities.byField) rows.push([byField, row.name ?? t('engagement.stats.no_field'), row.count]);
	const byDistrict = t('engagement.stats.by_district');
	for (const row of figures.opportunities.byDistrict) rows.push([byDistrict, row.name ?? t('engagement.stats.no_district'), row.count]);
	rows.push([byDistrict, t('engagement.stats.online'), figures.opportunities.online]);
	const byStatus = t('engagement.stats.by_status');
	for (const row of figures.applications.byStatus) rows.push([byStatus, t(`engagement.application.${row.status}`), row.count]);
	rows.push([byStatus, t('engagement.stats.total'), figures.applications.total]);
	const answered = figures.applications.answeredWithinSevenDays;
	rows.push([t('stats.engagement.answered_within_7_days_percent'), '', answered.percent ?? '']);
	for (const [column, key] of [
		['matches', 'engagement.stats.matches'],
		['consultations', 'engagement.stats.consultations'],
		['suggestions', 'engagement.stats.suggestions'],
		['acceptedSuggestions', 'engagement.stats.accepted_suggestions']
	] as const) {
		for (const month of figures.months) rows.push([t(key), month.month, month[column]]);
	}
	rows.push([t('engagement.stats.demand'), '', figures.searchesWithoutResults]);
	return { header: [t('engagement.stats.csv_table'), t('engagement.stats.csv_row'), t('engagement.stats.csv_value')], rows };
}
