/** Engagement-Spaziergänge: contracts and reads shared by the walk use cases and pages. */
import { and, asc, eq, ilike, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '$lib/server/core/context';
import type { Db } from '$lib/server/db/client';
import { can } from '$lib/server/core/permissions';
import { fail, ok, type Result } from '$lib/server/core/result';
import { isId, longText, requiredText } from '$lib/server/core/validation';
import { ZRef } from '$lib/server/core/use-case';
import { districts, places, walkStops, walks } from '../schema';
import { organisations } from '../../../core/organisations/schema';
import { slugify as toSlug } from './slug';
import { containsPattern } from '$lib/server/core/search';
import type { MapPlace } from '../places/map-data';

export const MAX_WALK_STOPS = 30;

/** Lower-case words joined by single hyphens; the form may leave it empty, to be made from the title. */
const WALK_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const WALK_SLUG_OR_EMPTY = /^([a-z0-9]+(-[a-z0-9]+)*)?$/;

export const ZWalkInput = z.object({
	title: requiredText(200),
	slug: z.string().trim().toLowerCase().max(80, { error: 'error.too_long' }).regex(WALK_SLUG_OR_EMPTY, { error: 'map.error_slug' }).default(''),
	targetGroup: requiredText(120),
	description: longText(10_000),
	durationMinutes: z.coerce.number({ error: 'map.error_duration' }).int({ error: 'map.error_duration' }).min(5, { error: 'map.error_duration' }).max(720, { error: 'map.error_duration' })
});
export type TWalkInput = z.output<typeof ZWalkInput>;

export const ZWalkStopInput = z.object({
	placeId: z.uuid({ error: 'map.error_place' }),
	text: longText(2000)
});

export const ZWalkStopText = z.object({ text: longText(2000) });

/** A stop's number as the page sends it back; one that names no stop is "not found", like a walk nobody has. */
const notFound = { error: 'error.not_found' } as const;
const ZStopPosition = z.coerce.number(notFound).int(notFound).min(1, notFound).max(1000, notFound);

export const ZWalkRef = z.object({ walkId: ZRef });
export const ZWalkUpdate = ZWalkInput.extend({ walkId: ZRef });
export const ZWalkPublication = z.object({ walkId: ZRef, published: z.boolean() });
export const ZWalkStopAddition = ZWalkStopInput.extend({ walkId: ZRef });
export const ZWalkStopRef = z.object({ walkId: ZRef, position: ZStopPosition });
export const ZWalkStopUpdate = ZWalkStopRef.extend(ZWalkStopText.shape);
export const ZWalkStopMove = ZWalkStopRef.extend({ direction: z.enum(['up', 'down']) });

/** "Engagement in der Altstadt – für Gäste" → engagement-in-der-altstadt-fuer-gaeste */
export function slugify(title: string): string {
	// The form's slug rule allows no hyphen at the end, where the cut at 80 may leave one.
	return toSlug(title, { max: 80, fallback: 'spaziergang' }).replace(/-$/, '');
}

export type Walk = typeof walks.$inferSelect;

export async function findWalk(db: Db, tenantId: string, id: string): Promise<Walk | undefined> {
	if (!isId(id)) return undefined;
	const [row] = await db
		.select()
		.from(walks)
		.where(and(eq(walks.tenantId, tenantId), eq(walks.id, id)));
	return row;
}

export async function slugTaken(db: Db, tenantId: string, slug: string, exceptId?: string): Promise<boolean> {
	const [row] = await db
		.select({ id: walks.id })
		.from(walks)
		.where(and(eq(walks.tenantId, tenantId), eq(walks.slug, slug), ...(exceptId ? [ne(walks.id, exceptId)] : [])));
	return !!row;
}

export interface WalkSummary {
	id: string;
	slug: string;
	title: string;
	targetGroup: string;
	durationMinutes: number;
	published: boolean;
	stopCount: number;
}

/** All walks for the coordination, or only the published ones for the public list. */
export async function listWalks(db: Db, tenantId: string, options: { publishedOnly: boolean }): Promise<WalkSummary[]> {
	return db
		.select({
			id: walks.id,
			slug: walks.slug,
			title: walks.title,
			targetGroup: walks.targetGroup,
			durationMinutes: walks.durationMinutes,
			published: walks.published,
			stopCount: sql<number>`(select count(*)::int from ${walkStops} s where s.tenant_id = ${walks.tenantId} and s.walk_id = ${walks.id})`
		})
		.from(walks)
		.where(and(eq(walks.tenantId, tenantId), ...(options.publishedOnly ? [eq(walks.published, true)] : [])))
		.orderBy(asc(walks.sortKey));
}

export interface WalkStop {
	position: number;
	text: string;
	placeId: string;
	placeName: string;
	street: string;
	postcode: string;
	city: string;
	openingHours: string;
	district: string | null;
	lat: number | null;
	lng: number | null;
	organisationId: string;
	organisationName: string;
	/** Stops at places of organisations that are no longer published are hidden from the public. */
	organisationPublished: boolean;
}

export async function listWalkStops(db: Db, tenantId: string, walkId: string): Promise<WalkStop[]> {
	return db
		.select({
			position: walkStops.position,
			text: walkStops.text,
			placeId: places.id,
			placeName: places.name,
			street: places.street,
			postcode: places.postcode,
			city: places.city,
			openingHours: places.openingHours,
			district: districts.name,
			lat: places.lat,
			lng: places.lng,
			organisationId: organisations.id,
			organisationName: organisations.name,
			organisationPublished: sql<boolean>`${organisations.status} = 'published'`
		})
		.from(walkStops)
		.innerJoin(places, and(eq(places.tenantId, walkStops.tenantId), eq(places.id, walkStops.placeId)))
		.innerJoin(organisations, and(eq(organisations.tenantId, places.tenantId), eq(organisations.id, places.organisationId)))
		.leftJoin(districts, and(eq(districts.tenantId, places.tenantId), eq(districts.id, places.districtId)))
		.where(and(eq(walkStops.tenantId, tenantId), eq(walkStops.walkId, walkId)))
		.orderBy(asc(walkStops.position));
}

export interface WalkPlaceOption {
	id: string;
	name: string;
	organisationName: string;
	street: string;
	postcode: string;
	city: string;
	district: string | null;
	located: boolean;
}

/**
 * Places a stop can be at: those of published organisations. With a search text only those where
 * every word is found in the place's or organisation's name, the address or the district.
 */
export async function walkPlaceOptions(db: Db, tenantId: string, q = ''): Promise<WalkPlaceOption[]> {
	const words = q.split(/\s+/).filter(Boolean).slice(0, 6);
	const matches = words.map((word) => {
		const pattern = containsPattern(word);
		return or(
			ilike(places.name, pattern),
			ilike(organisations.name, pattern),
			ilike(places.street, pattern),
			ilike(places.postcode, pattern),
			ilike(places.city, pattern),
			ilike(districts.name, pattern)
		)!;
	});
	return db
		.select({
			id: places.id,
			name: places.name,
			organisationName: organisations.name,
			street: places.street,
			postcode: places.postcode,
			city: places.city,
			district: districts.name,
			located: sql<boolean>`${places.lat} is not null and ${places.lng} is not null`
		})
		.from(places)
		.innerJoin(organisations, and(eq(organisations.tenantId, places.tenantId), eq(organisations.id, places.organisationId)))
		.leftJoin(districts, and(eq(districts.tenantId, places.tenantId), eq(districts.id, places.districtId)))
		.where(and(eq(places.tenantId, tenantId), eq(organisations.status, 'published'), ...matches))
		.orderBy(asc(organisations.sortKey), asc(places.sortKey));
}

/** A walk that visits the same place twice in a row goes nowhere between: whether a stop at one of `at` has its place next to it again. */
export const repeatsPlace = (stops: { placeId: string }[], at: number[]): boolean =>
	at.some((i) => stops[i] && (stops[i - 1]?.placeId === stops[i].placeId || stops[i + 1]?.placeId === stops[i].placeId));

export async function isStopPlace(db: Db, tenantId: string, placeId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: places.id })
		.from(places)
		.innerJoin(organisations, and(eq(organisations.tenantId, places.tenantId), eq(organisations.id, places.organisationId)))
		.where(and(eq(places.tenantId, tenantId), eq(places.id, placeId), eq(organisations.status, 'published')));
	return !!row;
}

/** Rewrites a walk's stops as 1…n in the given order: positions are the key, so reordering replaces them. */
export async function writeStops(db: Db, tenantId: string, walkId: string, stops: { placeId: string; text: string }[]): Promise<void> {
	await db.delete(walkStops).where(and(eq(walkStops.tenantId, tenantId), eq(walkStops.walkId, walkId)));
	if (stops.length) await db.insert(walkStops).values(stops.map((s, i) => ({ tenantId, walkId, position: i + 1, placeId: s.placeId, text: s.text })));
	await db
		.update(walks)
		.set({ updatedAt: new Date() })
		.where(and(eq(walks.tenantId, tenantId), eq(walks.id, walkId)));
}

/** The stops as stored, in order, for the use cases that change them. */
export async function storedStops(db: Db, tenantId: string, walkId: string): Promise<{ position: number; placeId: string; text: string }[]> {
	return db
		.select({ position: walkStops.position, placeId: walkStops.placeId, text: walkStops.text })
		.from(walkStops)
		.where(and(eq(walkStops.tenantId, tenantId), eq(walkStops.walkId, walkId)))
		.orderBy(asc(walkStops.position));
}

export interface PublicWalk {
	walk: Walk;
	stops: WalkStop[];
	/** Stops with coordinates, numbered as in the stop list. */
	located: WalkMarker[];
}

/** A stop on the walk's map: drawn like a place on the Stadtplan, titled by the stop. */
export type WalkMarker = Pick<MapPlace, 'number' | 'lat' | 'lng' | 'organisationId' | 'organisationName' | 'street' | 'postcode' | 'city' | 'openingHours'> & { title: string };

/**
 * A walk's public page: published walks for everyone; a draft only for the coordination, as a preview.
 * Stops at organisations that are not published are left out for everyone else.
 */
export async function loadPublicWalk(ctx: Ctx, slug: string): Promise<Result<PublicWalk, 'not_found'>> {
	// Only what the walk form allows can name a walk; anything else in the address (U+0000 included) is not found.
	if (!WALK_SLUG.test(slug.toLowerCase())) return fail('not_found');
	const [walk] = await ctx.db
		.select()
		.from(walks)
		.where(and(eq(walks.tenantId, ctx.tenant.id), eq(walks.slug, slug.toLowerCase())));
	const staff = can(ctx.actor, 'directory.manage', { kind: 'tenant', tenantId: ctx.tenant.id });
	if (!walk || (!walk.published && !staff)) return fail('not_found');
	const stops = (await listWalkStops(ctx.db, ctx.tenant.id, walk.id)).filter((s) => staff || s.organisationPublished);
	const located = stops.flatMap((s, i) =>
		s.lat !== null && s.lng !== null
			? [
					{
						number: i + 1,
						lat: s.lat,
						lng: s.lng,
						title: s.placeName,
						organisationId: s.organisationId,
						organisationName: s.organisationName,
						street: s.street,
						postcode: s.postcode,
						city: s.city,
						openingHours: s.openingHours
					}
				]
			: []
	);
	return ok({ walk, stops, located });
}
