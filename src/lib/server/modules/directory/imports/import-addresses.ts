import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '$lib/server/db/client';
import { fail, ok, type Result } from '$lib/server/core/result';
import { useCase, ZNoInput } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { parseCsv } from '$lib/server/core/csv';
import type { MessageKey } from '$lib/i18n';
import { geocodeAddresses, places } from '../schema';
import { districtAt, splitStreet } from '../places/geo';
import { listDistricts } from '../search/queries';
import type { RowProblem } from './import-organisations';
import { uploadInput } from './upload-input';

/**
 * Street-level tables stay small (a town of 90,000 has about 15,000 addresses, some 600 kB);
 * like the register, the file travels back with the confirmation instead of being stored.
 */
export const MAX_ADDRESS_BYTES = 2_000_000;
/** The preview lists this many problems; the count covers all of them. */
const SHOWN_PROBLEMS = 100;

const columns = {
	street: ['Straße', 'Strasse'],
	houseNumber: ['Hausnummer', 'Hausnr', 'Nr'],
	postcode: ['PLZ', 'Postleitzahl'],
	lat: ['Breitengrad', 'lat'],
	lng: ['Längengrad', 'lng', 'lon']
} as const;
type Column = keyof typeof columns;
const columnKey = (title: string) =>
	title
		.toLowerCase()
		.replace(/[\s._-]+/g, '')
		.trim();

export interface AddressPreview {
	rows: number;
	/** Entries that would be written (a key given twice counts once: the last one wins). */
	entries: number;
	repeated: number;
	invalid: number;
	problems: (RowProblem & { line: number })[];
}

type AddressEntry = typeof geocodeAddresses.$inferInsert;

function read(tenantId: string, csv: string): Result<{ preview: AddressPreview; entries: AddressEntry[] }, 'invalid'> {
	if (Buffer.byteLength(csv) > MAX_ADDRESS_BYTES) return fail('invalid', { file: 'imports.error.too_large_addresses' });
	const parsed = parseCsv(csv);
	const titleOf: Partial<Record<Column, string>> = {};
	for (const title of parsed.header) {
		const column = (Object.keys(columns) as Column[]).find((c) => columns[c].some((t) => columnKey(t) === columnKey(title)));
		if (column && titleOf[column] === undefined) titleOf[column] = title;
	}
	if (!titleOf.street || !titleOf.postcode || !titleOf.lat || !titleOf.lng) return fail('invalid', { file: 'imports.error.address_columns' });
	if (!parsed.rows.length) return fail('invalid', { file: 'imports.error.empty' });

	const problems: AddressPreview['problems'] = [];
	let invalid = 0;
	const byKey = new Map<string, AddressEntry>();
	for (const row of parsed.rows) {
		const found: AddressPreview['problems'] = [];
		const get = (column: Column) => (titleOf[column] ? (row.values[titleOf[column]!] ?? '') : '').trim();
		const problem = (column: Column, message: MessageKey, params?: Record<string, string>) =>
			found.push({ line: row.line, column: titleOf[column] ?? columns[column][0], message, ...(params ? { params } : {}) });
		const street = get('street');
		const postcode = get('postcode');
		const split = splitStreet(street);
		const houseNumber = get('houseNumber') ? get('houseNumber').replace(/\s+/g, '').toLowerCase() : split.houseNumber;
		if (!split.streetKey) problem('street', 'error.required');
		if (!/^\d{5}$/.test(postcode)) problem('postcode', 'error.postcode');
		const coordinate = (column: 'lat' | 'lng', limit: number) => {
			const text = get(column);
			const value = Number(text.replace(/\s/g, '').replace(',', '.'));
			if (!text || !Number.isFinite(value) || Math.abs(value) > limit) problem(column, column === 'lng' ? 'imports.error.coordinate_lng' : 'imports.error.coordinate', { value: text });
			return value;
		};
		const lat = coordinate('lat', 90);
		const lng = coordinate('lng', 180);
		if (found.length) {
			invalid++;
			problems.push(...found);
			continue;
		}
		byKey.set(`${postcode}|${split.streetKey}|${houseNumber}`, { tenantId, streetKey: split.streetKey, houseNumber, postcode, lat, lng });
	}
	const valid = parsed.rows.length - invalid;
	return ok({
		entries: [...byKey.values()],
		preview: { rows: parsed.rows.length, entries: byKey.size, repeated: valid - byKey.size, invalid, problems: problems.slice(0, SHOWN_PROBLEMS) }
	});
}

/** Checks an address table (Straße; Hausnummer; PLZ; Breitengrad; Längengrad) and counts what it would write. */
export const previewAddressImport = useCase({
	input: uploadInput(z.object({ csv: z.string() })),
	permission: 'directory.manage',
	run: async (ctx, { csv }) => {
		const result = read(ctx.tenant.id, csv);
		return result.ok ? ok(result.value.preview) : result;
	}
});

export const ZAddressImport = z.object({ csv: z.string().min(1, { error: 'imports.error.empty' }) });

/** Replaces the whole address table, all or nothing: one faulty row and the old table stays. */
export const importAddresses = useCase({
	input: uploadInput(ZAddressImport),
	permission: 'directory.manage',
	run: async (ctx, { csv }) => {
		const result = read(ctx.tenant.id, csv);
		if (!result.ok) return result;
		if (result.value.preview.invalid) return { ok: false as const, error: 'rows_invalid' as const, preview: result.value.preview };
		const { entries } = result.value;
		const counts = await ctx.db.transaction(async (tx) => {
			const before = await countAddresses(tx, ctx.tenant.id);
			await tx.delete(geocodeAddresses).where(eq(geocodeAddresses.tenantId, ctx.tenant.id));
			for (let i = 0; i < entries.length; i += 1000) await tx.insert(geocodeAddresses).values(entries.slice(i, i + 1000));
			await recordAudit(tx, ctx.actor, { action: 'addresses.imported', entityType: 'tenant', entityId: ctx.tenant.id, before: { entries: before }, after: { entries: entries.length } });
			return { before, after: entries.length };
		});
		return ok(counts);
	}
});

export async function countAddresses(db: Db, tenantId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(geocodeAddresses)
		.where(eq(geocodeAddresses.tenantId, tenantId));
	return row.n;
}

/**
 * Looks addresses up in the municipality's table: the exact house if known, else the street's
 * entry without a number, else any house in the street. Loads only the postcodes asked for.
 */
export async function loadAddressLocator(db: Db, tenantId: string, postcodes: string[]) {
	const wanted = [...new Set(postcodes.filter((p) => /^\d{5}$/.test(p)))];
	const rows = wanted.length
		? await db
				.select()
				.from(geocodeAddresses)
				.where(and(eq(geocodeAddresses.tenantId, tenantId), inArray(geocodeAddresses.postcode, wanted)))
				.orderBy(asc(geocodeAddresses.houseNumber))
		: [];
	const byStreet = new Map<string, typeof rows>();
	for (const row of rows) {
		const key = `${row.postcode}|${row.streetKey}`;
		byStreet.set(key, [...(byStreet.get(key) ?? []), row]);
	}
	return (street: string, postcode: string): { lat: number; lng: number } | null => {
		if (!street.trim() || !postcode.trim()) return null;
		const { streetKey, houseNumber } = splitStreet(street);
		const candidates = byStreet.get(`${postcode.trim()}|${streetKey}`) ?? [];
		const hit = candidates.find((c) => c.houseNumber === houseNumber) ?? candidates.find((c) => c.houseNumber === '') ?? candidates[0];
		return hit ? { lat: hit.lat, lng: hit.lng } : null;
	};
}

/** Places that are not on the map yet. */
export async function countUnlocatedPlaces(db: Db, tenantId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(places)
		.where(and(eq(places.tenantId, tenantId), isNull(places.lat)));
	return row.n;
}

/** "Orte ohne Koordinaten jetzt verorten": places without a point get one from the address table, and the district it lies in. */
export const locateUnlocatedPlaces = useCase({
	input: ZNoInput,
	permission: 'directory.manage',
	run: async (ctx) => {
		const counts = await ctx.db.transaction(async (tx) => {
			const open = await tx
				.select({ id: places.id, street: places.street, postcode: places.postcode })
				.from(places)
				.where(and(eq(places.tenantId, ctx.tenant.id), isNull(places.lat), ne(places.street, ''), ne(places.postcode, '')));
			const locate = await loadAddressLocator(
				tx,
				ctx.tenant.id,
				open.map((p) => p.postcode)
			);
			const districts = await listDistricts(tx, ctx.tenant.id);
			let located = 0;
			for (const place of open) {
				const point = locate(place.street, place.postcode);
				if (!point) continue;
				const districtId = districtAt(districts, point.lat, point.lng)?.id ?? null;
				await tx
					.update(places)
					.set({ ...point, districtId, updatedAt: new Date() })
					.where(and(eq(places.tenantId, ctx.tenant.id), eq(places.id, place.id)));
				located++;
			}
			const remaining = await countUnlocatedPlaces(tx, ctx.tenant.id);
			await recordAudit(tx, ctx.actor, { action: 'places.located', entityType: 'tenant', entityId: ctx.tenant.id, after: { located, remaining } });
			return { located, remaining };
		});
		return ok(counts);
	}
});
