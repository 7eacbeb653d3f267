import type { MessageKey, Translate } from '$lib/i18n';
import { queryString } from '../directory/query';

/** The directory filter as it appears in the Stadtplan's URL. */
export interface MapFilter {
	q?: string;
	art?: string;
	feld?: string;
	stadtteil?: string;
	zielgruppe?: string;
	sprache?: string;
	barrierefrei?: string;
	netzwerk?: string;
	organisation?: string;
}

// The print format comes last, after the filter it prints.
const names = ['q', 'art', 'feld', 'stadtteil', 'zielgruppe', 'sprache', 'barrierefrei', 'netzwerk', 'organisation', 'format'] as const;

/** The filter's URL parameters (without the page number), e.g. for the print view or a district link. */
export function filterParams(filter: MapFilter, changes: Partial<Record<(typeof names)[number], string | undefined>> = {}): string {
	return queryString(names, filter, changes);
}

/** "Stadtteil: Hafen, Art: Verein" for the print view, so a printout says what it shows. */
export function describeFilter(
	translate: Translate,
	filter: MapFilter,
	vocabulary: { categories: { slug: string; name: string }[]; districts: { slug: string; name: string }[]; organisationName: string | null }
): string[] {
	const t = (key: string) => translate(key as MessageKey);
	const parts: string[] = [];
	if (filter.organisation && vocabulary.organisationName) parts.push(`${t('map.organisation')}: ${vocabulary.organisationName}`);
	if (filter.q) parts.push(`${t('map.search')}: „${filter.q}“`);
	if (filter.art) parts.push(`${t('org.kind')}: ${t(`kind.${filter.art}`)}`);
	if (filter.feld) parts.push(`${t('org.categories')}: ${vocabulary.categories.find((c) => c.slug === filter.feld)?.name ?? filter.feld}`);
	if (filter.stadtteil) parts.push(`${t('place.district')}: ${vocabulary.districts.find((d) => d.slug === filter.stadtteil)?.name ?? filter.stadtteil}`);
	if (filter.zielgruppe) parts.push(`${t('org.target_groups')}: ${t(`target.${filter.zielgruppe}`)}`);
	if (filter.sprache) parts.push(`${t('org.languages')}: ${t(`lang.${filter.sprache}`)}`);
	if (filter.barrierefrei) parts.push(`${t('org.accessibility')}: ${t(`access.${filter.barrierefrei}`)}`);
	if (filter.netzwerk) parts.push(t('map.network_only'));
	return parts;
}
