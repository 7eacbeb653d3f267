import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '$lib/server/core/context';
import { ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { toCsv } from '$lib/server/core/csv';
import { organisations } from '$lib/server/core/organisations/schema';
import { translate, type MessageKey } from '$lib/i18n';
import { categoriesTable, districtsTable, placesTable } from '$lib/server/modules/directory';
import { opportunities, opportunityFields, opportunityPlaces } from '../schema';
import { opportunityColumnTitles, type OpportunityColumn } from './import-opportunities';

export const ZOpportunityExport = z.object({ format: z.enum(['csv', 'json'], { error: 'error.choose_one' }) });

/** One opportunity as the export writes it: codes, ids and dates, so another system can read it back. */
export interface ExportedOpportunity {
	id: string;
	status: string;
	organisation: { id: string; name: string };
	title: string;
	commitment: string;
	tasks: string;
	description: string;
	hoursPerMonth: number | null;
	fields: string[];
	places: { id: string; name: string; district: string | null }[];
	online: boolean;
	startsOn: string | null;
	endsOn: string | null;
	minAge: number | null;
	forYouth14: boolean;
	targetGroups: string[];
	languages: string[];
	skills: string[];
	requirements: string[];
	offers: string[];
	accessibility: string;
	volunteersWanted: number | null;
	contact: { name: string; email: string; phone: string };
	publishedAt: string | null;
	expiresAt: string | null;
	updatedAt: string;
}

async function allOpportunities(ctx: Ctx): Promise<ExportedOpportunity[]> {
	const tenantId = ctx.tenant.id;
	const [rows, places, fields] = await Promise.all([
		ctx.db
			.select({ o: opportunities, organisation: organisations.name })
			.from(opportunities)
			.innerJoin(organisations, and(eq(organisations.tenantId, opportunities.tenantId), eq(organisations.id, opportunities.organisationId)))
			.where(eq(opportunities.tenantId, tenantId))
			.orderBy(asc(organisations.sortKey), asc(opportunities.sortKey), asc(opportunities.id)),
		ctx.db
			.select({ opportunityId: opportunityPlaces.opportunityId, id: placesTable.id, name: placesTable.name, district: districtsTable.name })
			.from(opportunityPlaces)
			.innerJoin(placesTable, and(eq(placesTable.tenantId, opportunityPlaces.tenantId), eq(placesTable.id, opportunityPlaces.placeId)))
			.leftJoin(districtsTable, and(eq(districtsTable.tenantId, placesTable.tenantId), eq(districtsTable.id, placesTable.districtId)))
			.where(eq(opportunityPlaces.tenantId, tenantId))
			.orderBy(asc(placesTable.name)),
		ctx.db
			.select({ opportunityId: opportunityFields.opportunityId, slug: categoriesTable.slug })
			.from(opportunityFields)
			.innerJoin(categoriesTable, and(eq(categoriesTable.tenantId, opportunityFields.tenantId), eq(categoriesTable.id, opportunityFields.categoryId)))
			.where(eq(opportunityFields.tenantId, tenantId))
			.orderBy(asc(categoriesTable.position))
	]);
	const group = <T extends { opportunityId: string }>(items: T[]) => {
		const map = new Map<string, T[]>();
		for (const item of items) map.set(item.opportunityId, [...(map.get(item.opportunityId) ?? []), item]);
		return map;
	};
	const placesOf = group(places);
	const fieldsOf = group(fields);
	return rows.map(({ o, organisation }) => ({
		id: o.id,
		status: o.status,
		organisation: { id: o.organisationId, name: organisation },
		title: o.title,
		commitment: o.commitment,
		tasks: o.tasks,
		description: o.description,
		hoursPerMonth: o.hoursPerMonth,
		fields: (fieldsOf.get(o.id) ?? []).map((f) => f.slug),
		places: (placesOf.get(o.id) ?? []).map(({ id, name, district }) => ({ id, name, district })),
		online: o.online,
		startsOn: o.startsOn,
		endsOn: o.endsOn,
		minAge: o.minAge,
		forYouth14: o.forYouth14,
		targetGroups: o.targetGroups,
		languages: o.languages,
		skills: o.skills,
		requirements: o.requirements,
		offers: o.offers,
		accessibility: o.accessibility,
		volunteersWanted: o.volunteersWanted,
		contact: { name: o.contactName, email: o.contactEmail, phone: o.contactPhone },
		publishedAt: o.publishedAt?.toISOString() ?? null,
		expiresAt: o.expiresAt?.toISOString() ?? null,
		updatedAt: o.updatedAt.toISOString()
	}));
}

/** The CSV's columns: the import's (so a file can go back in), then what only the platform knows. */
const exportColumns: OpportunityColumn[] = Object.keys(opportunityColumnTitles) as OpportunityColumn[];
const title = (column: OpportunityColumn) => opportunityColumnTitles[column][0];

function csvOf(items: ExportedOpportunity[]): string {
	const label = (prefix: string, codes: string[]) => codes.map((c) => translate('de', `${prefix}.${c}` as MessageKey)).join(', ');
	const yesNo = (v: boolean) => (v ? 'ja' : 'nein');
	const cells = (o: ExportedOpportunity): Record<OpportunityColumn, string | number | null> => ({
		organisation: o.organisation.name,
		title: o.title,
		commitment: translate('de', `engagement.commitment.${o.commitment}` as MessageKey),
		tasks: o.tasks,
		description: o.description,
		hoursPerMonth: o.hoursPerMonth,
		fields: o.fields.join(', '),
		places: o.places.map((p) => p.name).join(', '),
		districts: [...new Set(o.places.map((p) => p.district).filter(Boolean))].join(', '),
		online: yesNo(o.online),
		startsOn: o.startsOn,
		endsOn: o.endsOn,
		minAge: o.minAge,
		forYouth14: yesNo(o.forYouth14),
		targetGroups: label('engagement.group', o.targetGroups),
		languages: label('lang', o.languages),
		skills: o.skills.join(', '),
		requirements: label('engagement.requirement', o.requirements),
		offers: label('engagement.offer', o.offers),
		accessibility: o.accessibility,
		volunteersWanted: o.volunteersWanted,
		contactName: o.contact.name,
		contactEmail: o.contact.email,
		contactPhone: o.contact.phone
	});
	return toCsv(
		[...exportColumns.map(title), 'ID', 'Organisation-ID', 'Status', 'Veröffentlicht am', 'Läuft ab am', 'Geändert am'],
		items.map((o) => {
			const row = cells(o);
			return [...exportColumns.map((c) => row[c]), o.id, o.organisation.id, translate('de', `engagement.status.${o.status}` as MessageKey), o.publishedAt, o.expiresAt, o.updatedAt];
		})
	);
}

/** Every opportunity of the town in every status, with its contact person: for the office only. */
export const exportOpportunities = useCase({
	input: ZOpportunityExport,
	permission: 'opportunity.export',
	run: async (ctx, { format }) => {
		const items = await allOpportunities(ctx);
		const stamp = new Date().toISOString().slice(0, 10);
		return format === 'csv'
			? ok({ body: csvOf(items), contentType: 'text/csv; charset=utf-8', fileName: `engagementangebote-${ctx.tenant.slug}-${stamp}.csv` })
			: ok({
					body: JSON.stringify({ generated: new Date().toISOString(), count: items.length, items }, null, 1),
					contentType: 'application/json; charset=utf-8',
					fileName: `engagementangebote-${ctx.tenant.slug}-${stamp}.json`
				});
	}
});
