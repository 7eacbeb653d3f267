import { z } from 'zod';
import { ZError, type ApiOperation } from '$lib/server/core/api/openapi';
import { commitments, welcomeGroups } from '../vocabulary';
import { ZOpportunitySearch } from './contracts';
import type { OpportunityResult, SearchAnswer } from './search-opportunities';
import type { PublishedOpportunity } from './show-opportunity';
import { opportunityUrl } from './saved/send-saved-searches';

/*
 * GET /api/v1/opportunities and /opportunities/{id}: the Freiwilligenbörse for other sites and
 * apps. The answer's names are snake_case like the parameters the issue fixed (per_page,
 * radius_km, distance_km).
 */

const ZApiPlace = z.union([
	z.object({
		name: z.string(),
		city: z.string(),
		district: z.string().nullable().meta({ description: 'Stadtteil, if the place lies in one' }),
		lat: z.number().nullable(),
		lng: z.number().nullable()
	}),
	z.object({ online: z.literal(true).meta({ description: 'Ortsunabhängig: online, by phone or from home' }) })
]);

export const ZApiOpportunity = z.object({
	id: z.uuid(),
	url: z.string().meta({ description: 'The public page of the opportunity' }),
	title: z.string(),
	organisation: z.object({ id: z.uuid(), name: z.string() }),
	town: z.string().nullable().meta({ description: "The member municipality's name when a district (Kreis) is asked; null for the tenant's own" }),
	commitment: z.enum(commitments),
	hours_per_month: z.int().nullable(),
	for_youth_14: z.boolean(),
	target_groups: z.array(z.enum(welcomeGroups)),
	fields: z.array(z.object({ slug: z.string(), name: z.string() })).meta({ description: 'Fields of activity, named in the language of the request' }),
	online: z.boolean(),
	places: z.array(ZApiPlace).meta({ description: 'Its places with WGS 84 positions; `{online: true}` for an opportunity without a place' }),
	distance_km: z.number().nullable().optional().meta({ description: 'Only with near or plz: kilometres to its nearest place, one decimal; null when it has no located place' }),
	dates: z.array(z.object({ date: z.iso.date(), from: z.string().optional(), to: z.string().optional() })),
	starts_on: z.iso.date().nullable(),
	ends_on: z.iso.date().nullable(),
	published_at: z.iso.datetime().nullable()
});

const ZFacet = z.array(z.object({ value: z.string(), name: z.string().optional(), count: z.int() }));

export const ZApiOpportunityPage = z.object({
	items: z.array(ZApiOpportunity),
	total: z.int(),
	page: z.int(),
	per_page: z.int(),
	sort: z.enum(['relevance', 'distance', 'newest']).meta({ description: 'The order applied: relevance with q, distance with near or plz, else newest, unless sort names one that applies' }),
	facets: z
		.object({ category: ZFacet, district: ZFacet, commitment: ZFacet, target_group: ZFacet, online: z.int() })
		.meta({ description: 'Counts per value of each filter, each with all other filters applied' })
});

export const ZApiOpportunityDetail = ZApiOpportunity.extend({
	description: z.string().meta({ description: 'Markdown' }),
	tasks: z.string().meta({ description: 'Markdown' }),
	min_age: z.int().nullable(),
	languages: z.array(z.string()),
	skills: z.array(z.string()),
	requirements: z.array(z.string()),
	offers: z.array(z.string()),
	accessibility: z.string(),
	volunteers_wanted: z.int().nullable()
});

export function apiOpportunity(baseUrl: string, item: OpportunityResult, withDistance: boolean): z.output<typeof ZApiOpportunity> {
	return {
		id: item.id,
		url: opportunityUrl(baseUrl, item),
		title: item.title,
		organisation: item.organisation,
		town: item.town?.name ?? null,
		commitment: item.commitment,
		hours_per_month: item.hoursPerMonth,
		for_youth_14: item.forYouth14,
		target_groups: item.targetGroups,
		fields: item.fields,
		online: item.online,
		places: [...item.places.map(({ name, city, district, lat, lng }) => ({ name, city, district, lat, lng })), ...(item.online ? [{ online: true as const }] : [])],
		...(withDistance ? { distance_km: item.distanceKm } : {}),
		dates: item.dates,
		starts_on: item.startsOn,
		ends_on: item.endsOn,
		published_at: item.publishedAt ? new Date(item.publishedAt).toISOString() : null
	};
}

export const apiOpportunityPage = (baseUrl: string, answer: SearchAnswer, withDistance: boolean): z.output<typeof ZApiOpportunityPage> => ({
	items: answer.items.map((item) => apiOpportunity(baseUrl, item, withDistance)),
	total: answer.total,
	page: answer.page,
	per_page: answer.perPage,
	sort: answer.sort,
	facets: answer.facets
});

export const apiOpportunityDetail = (baseUrl: string, o: PublishedOpportunity): z.output<typeof ZApiOpportunityDetail> => ({
	...apiOpportunity(baseUrl, o, false),
	description: o.description,
	tasks: o.tasks,
	min_age: o.minAge,
	languages: o.languages,
	skills: o.skills,
	requirements: o.requirements,
	offers: o.offers,
	accessibility: o.accessibility,
	volunteers_wanted: o.volunteersWanted
});

const parameterDescriptions: Record<string, string> = {
	q: 'Search text over title, tasks, field of activity, organisation, district (and, for a district tenant, town) and description; every word must hit, compounds are split ("Hausaufgaben" finds "Hausaufgabenhilfe") and typos forgiven',
	category: 'Field of activity (category slug, e.g. bildung)',
	district: 'District (Stadtteil) slug',
	commitment: 'regular, project, once or spontaneous',
	target_group: 'A group the opportunity especially welcomes',
	near: 'A point "latitude,longitude" in WGS 84 with decimal points (e.g. 54.52,9.56): each item gets distance_km; sorted by distance unless q is given',
	radius_km: 'With near or plz: only opportunities within this many kilometres (0.5 to 100); ortsunabhängige (online) ones are within every radius',
	plz: 'Near a postcode: the middle of its addresses in the address table; a postcode without addresses selects the districts of the places with that postcode instead',
	online: '1 = only ortsunabhängige (online) opportunities',
	this_week: '1 = possible this week: a date in the coming seven days, a weekly schedule, or spontaneous',
	youth: '1 = for young people from 14',
	sort: 'relevance, distance or newest; one that cannot apply (distance without a point) falls back to the natural order',
	page: 'Page number, from 1',
	per_page: 'Items per page, 1 to 100 (default 20)',
	id: 'Opportunity id (UUID)'
};

export const searchApi: ApiOperation[] = [
	{
		method: 'get',
		path: '/opportunities',
		summary: 'Published volunteering opportunities (Freiwilligenbörse), searched and filtered like the page "Engagement finden", with facet counts, one page at a time',
		auth: false,
		query: ZOpportunitySearch,
		parameterDescriptions,
		responses: {
			200: { description: 'One page of opportunities with the total and the facet counts', schema: ZApiOpportunityPage },
			400: { description: 'A parameter outside its declared values or range; `fields` names each', schema: ZError }
		}
	},
	{
		method: 'get',
		path: '/opportunities/{id}',
		summary: 'One published opportunity with its places, fields and what it asks and offers',
		auth: false,
		pathParams: z.object({ id: z.uuid() }),
		parameterDescriptions,
		responses: {
			200: { description: 'The opportunity', schema: ZApiOpportunityDetail },
			404: { description: 'Unknown, not published (draft, paused, filled, expired, archived) or of another tenant', schema: ZError }
		}
	}
];
