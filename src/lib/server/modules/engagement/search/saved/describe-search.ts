import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { translate, type Locale, type MessageKey } from '$lib/i18n';
import { categoriesTable, districtsTable } from '$lib/server/modules/directory';
import type { TOpportunitySearch } from '../contracts';

/**
 * A search in a few words for mails and the list of saved searches: „Hausaufgaben“ · Bildung ·
 * Hafen · diese Woche. Fields and districts are named as the town names them.
 */
export async function describeSearch(db: Db, tenantId: string, locale: Locale, search: TOpportunitySearch): Promise<string> {
	const [field] = search.category
		? await db
				.select({ de: categoriesTable.nameDe, en: categoriesTable.nameEn })
				.from(categoriesTable)
				.where(and(eq(categoriesTable.tenantId, tenantId), eq(categoriesTable.slug, search.category)))
		: [];
	const [district] = search.district
		? await db
				.select({ name: districtsTable.name })
				.from(districtsTable)
				.where(and(eq(districtsTable.tenantId, tenantId), inArray(districtsTable.slug, [search.district])))
		: [];
	const t = (key: MessageKey, params?: Record<string, string>) => translate(locale, key, params);
	const parts = [
		search.q ? `„${search.q}“` : '',
		field ? (locale === 'en' ? field.en : field.de) : (search.category ?? ''),
		district?.name ?? search.district ?? '',
		search.commitment ? t(`engagement.commitment.${search.commitment}`) : '',
		search.target_group ? t(`engagement.group.${search.target_group}`) : '',
		search.plz ? `${search.plz}${search.radius_km ? ` (${t('esearch.radius_km', { km: String(search.radius_km) })})` : ''}` : '',
		search.online ? t('esearch.anywhere') : '',
		search.this_week ? t('esearch.this_week') : '',
		search.youth ? t('esearch.youth') : ''
	].filter(Boolean);
	return parts.length ? parts.join(' · ') : t('savedsearch.everything');
}
