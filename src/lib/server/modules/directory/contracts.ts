import { z } from 'zod';
import { longText, phoneNumber, requiredText, singleLine, text, webAddress } from '$lib/server/core/validation';
import { ZRef } from '$lib/server/core/use-case';
import { accessibilityFeatures, languages, organisationKinds, targetGroups } from './vocabulary';

const optionalEmail = z
	.union([
		z.literal(''),
		singleLine()
			.trim()
			.toLowerCase()
			.pipe(z.email({ error: 'error.email' }))
	])
	.default('');
const url = webAddress(300);
/** Checkbox groups arrive as one value or several; unknown values are dropped. */
const setOf = <T extends string>(values: readonly T[]) =>
	z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x): x is T => (values as readonly string[]).includes(x)));
const checkbox = z
	.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('')])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true');

/** The profile of an organisation as residents and owners fill it in. */
export const ZOrganisationInput = z.object({
	name: requiredText(200),
	shortName: text(60),
	kind: z.enum(organisationKinds, { error: 'error.choose_one' }),
	description: longText(20_000),
	categoryIds: z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
		.pipe(z.array(z.uuid({ error: 'error.invalid' })).max(8, { error: 'error.too_many' })),
	contactName: text(120),
	contactEmail: optionalEmail,
	contactPhone: phoneNumber(40),
	contactPublic: checkbox,
	street: text(200),
	postcode: singleLine()
		.trim()
		.regex(/^(\d{5})?$/, { error: 'error.postcode' })
		.default(''),
	city: text(120),
	phone: phoneNumber(40),
	email: optionalEmail,
	website: url,
	socialLinks: z
		.array(z.object({ label: singleLine().trim().min(1).max(40), url }))
		.max(6)
		.default([]),
	languages: setOf(languages),
	accessibility: setOf(accessibilityFeatures),
	targetGroups: setOf(targetGroups),
	foundingYear: z
		.union([z.literal(''), z.coerce.number({ error: 'error.year' }).int({ error: 'error.year' }).min(800, { error: 'error.year' }).max(new Date().getFullYear(), { error: 'error.year' })])
		.optional()
		.transform((v) => (v === '' || v === undefined ? null : v)),
	registerNumber: text(40)
});
export type TOrganisationInput = z.output<typeof ZOrganisationInput>;

/** What only coordinators set: network membership with its declaration date, and the verified mark. */
export const ZOrganisationStaffInput = z.object({
	networkMember: checkbox,
	networkDeclaredAt: z
		.union([z.literal(''), z.iso.date({ error: 'error.date' })])
		.optional()
		.transform((v) => v || null),
	verified: checkbox
});

/**
 * A profile form as sent: the profile, and the office's own fields, which the use case reads
 * only once it knows the sender is the office (from others they are ignored, whatever they hold).
 */
export const ZOrganisationForm = ZOrganisationInput.extend({ networkMember: z.unknown().optional(), networkDeclaredAt: z.unknown().optional(), verified: z.unknown().optional() });
export type TOrganisationForm = z.output<typeof ZOrganisationForm>;
export const ZOrganisationUpdate = ZOrganisationForm.extend({ organisationId: ZRef });
export const ZOrganisationArchiving = z.object({ organisationId: ZRef, archived: z.boolean() });
/** A new logo's bytes as uploaded, or its removal. */
export const ZOrganisationLogo = z.object({
	organisationId: ZRef,
	logo: z.union([z.object({ data: z.instanceof(Uint8Array) }), z.object({ remove: z.literal(true) })])
});

/**
 * A latitude or longitude as people type it: "54.1234", or "54,1234" with the German decimal
 * comma; empty means "no pin". Anything else gets its own sentence, not a generic one.
 */
const coordinate = (limit: 90 | 180, message: 'error.latitude' | 'error.longitude') =>
	z
		.union([z.string(), z.number()], { error: message })
		.optional()
		.transform((value, ctx) => {
			const text = String(value ?? '').trim();
			if (!text) return null;
			// A plain decimal only: Number() alone would also take "0x1f", "1e2" or "Infinity".
			const number = typeof value === 'number' ? value : /^[-+]?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
			if (Math.abs(number) <= limit) return number;
			ctx.addIssue({ code: 'custom', message });
			return z.NEVER;
		});

export const ZPlaceInput = z.object({
	name: requiredText(200),
	street: text(200),
	postcode: singleLine()
		.trim()
		.regex(/^(\d{5})?$/, { error: 'error.postcode' })
		.default(''),
	city: text(120),
	lat: coordinate(90, 'error.latitude'),
	lng: coordinate(180, 'error.longitude'),
	openingHours: longText(500),
	accessibility: setOf(accessibilityFeatures)
});
export type TPlaceInput = z.output<typeof ZPlaceInput>;

/** Which organisation a use case acts on; its permission is asked on this before the other fields. */
export const ZOrganisationRef = z.object({ organisationId: ZRef });
export const ZPlaceAddition = ZPlaceInput.extend({ organisationId: ZRef });
export const ZPlaceUpdate = ZPlaceAddition.extend({ placeId: ZRef });
export const ZPlaceRef = z.object({ organisationId: ZRef, placeId: ZRef });

/** Directory search and filters (German parameter names, as in shareable URLs). */
const directoryFilters = {
	q: singleLine().trim().max(100, { error: 'error.too_long' }),
	art: z.enum(organisationKinds, { error: 'error.choose_one' }),
	feld: singleLine().max(60, { error: 'error.too_long' }),
	stadtteil: singleLine().max(60, { error: 'error.too_long' }),
	zielgruppe: z.enum(targetGroups, { error: 'error.choose_one' }),
	sprache: z.enum(languages, { error: 'error.choose_one' }),
	barrierefrei: z.enum(accessibilityFeatures, { error: 'error.choose_one' }),
	netzwerk: z.literal('1', { error: 'error.choose_one' }),
	buchstabe: z.string().regex(/^[A-Z#]$/, { error: 'error.choose_one' }),
	/** "In meiner Nähe": a postcode, or the browser's location as "lat,lng" (decimal points). */
	plz: z
		.string()
		.trim()
		.regex(/^\d{5}$/, { error: 'error.postcode' }),
	nahe: z
		.string()
		.regex(/^-?\d{1,2}(\.\d{1,7})?,-?\d{1,3}(\.\d{1,7})?$/, { error: 'error.near' })
		.refine((v) => isPoint(v.split(',').map(Number)), { error: 'error.near' })
};

const isPoint = ([lat, lng]: number[]) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
type Filters = typeof directoryFilters;

/** For the API: a value out of its range is an error the client hears about, not a filter silently dropped. */
export const ZDirectoryFilters = z.object(
	Object.fromEntries(Object.entries(directoryFilters).map(([name, schema]) => [name, schema.optional()])) as { [K in keyof Filters]: z.ZodOptional<Filters[K]> }
);

/** For pages: an outdated or mistyped link still shows the list, without the filter it cannot read. */
export const ZDirectoryQuery = z.object({
	...(Object.fromEntries(Object.entries(directoryFilters).map(([name, schema]) => [name, (schema as z.ZodType).optional().catch(undefined)])) as {
		[K in keyof Filters]: z.ZodCatch<z.ZodOptional<Filters[K]>>;
	}),
	seite: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined)
});
export type TDirectoryQuery = z.output<typeof ZDirectoryQuery>;
