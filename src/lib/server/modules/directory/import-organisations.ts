import { randomUUID } from 'node:crypto';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '$lib/server/core/context';
import type { Db } from '$lib/server/db/client';
import { fail, ok, type Result } from '$lib/server/core/result';
import { fieldErrors } from '$lib/server/core/validation';
import { can } from '$lib/server/core/permissions';
import { recordAudit } from '$lib/server/core/audit';
import { parseCsv } from '$lib/server/core/csv';
import { translate, type MessageKey } from '$lib/i18n';
import { categories, organisationCategories, organisations, places } from './schema';
import { ZOrganisationInput, ZOrganisationStaffInput, ZPlaceInput, type TOrganisationInput, type TPlaceInput } from './contracts';
import { accessibilityFeatures, languages, organisationKinds, targetGroups } from './vocabulary';
import { listDistricts } from './queries';
import { districtAt, splitStreet } from './geo';
import { loadAddressLocator } from './import-addresses';

// Moved to core/csv for every upload; still reachable here, where its tests import it.
export { decodeUpload } from '$lib/server/core/csv';

/**
 * The uploaded file travels back with the confirmation form as text (at most 1 MB): nothing
 * with contact persons' data is left on disk when a coordinator abandons a preview, and the
 * server checks the text again before it writes anything anyway.
 */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Normalises a column title: case, spaces, hyphens and a "(ja/nein)" or "(Datum)" note do not matter. */
const columnKey = (title: string) =>
	title
		.toLowerCase()
		.replace(/\(.*?\)/g, ' ')
		.replace(/[\s_-]+/g, ' ')
		.trim();

/** The documented column titles (first one) and the spellings also understood. */
const columnTitles = {
	name: ['Name'],
	shortName: ['Kurzname'],
	kind: ['Art'],
	categories: ['Engagementfelder'],
	description: ['Beschreibung'],
	street: ['Straße', 'Strasse'],
	postcode: ['PLZ', 'Postleitzahl'],
	city: ['Ort'],
	phone: ['Telefon'],
	email: ['E-Mail', 'Email'],
	website: ['Webseite', 'Website', 'Internet'],
	contactName: ['Ansprechperson'],
	contactEmail: ['Ansprechperson E-Mail', 'Ansprechperson Email'],
	contactPhone: ['Ansprechperson Telefon'],
	contactPublic: ['Ansprechperson öffentlich'],
	languages: ['Sprachen'],
	targetGroups: ['Zielgruppen'],
	accessibility: ['Barrierefreiheit'],
	foundingYear: ['Gründungsjahr'],
	registerNumber: ['Vereinsregisternummer', 'Registernummer'],
	networkMember: ['Netzwerk'],
	networkDeclaredAt: ['Willensbekundung'],
	placeName: ['Ort-Name', 'Ortsname'],
	lat: ['Breitengrad'],
	lng: ['Längengrad'],
	openingHours: ['Öffnungszeiten']
} as const;
export type ImportColumn = keyof typeof columnTitles;
export const IMPORT_COLUMNS = Object.values(columnTitles).map((titles) => titles[0]);
const requiredColumns: ImportColumn[] = ['name', 'kind'];

export interface RowProblem {
	/** The column title as the file spells it. */
	column: string;
	message: MessageKey;
	params?: Record<string, string>;
}

export type DuplicateMatch =
	| { kind: 'organisation'; organisationId: string; name: string; by: ('name' | 'address')[] }
	| { kind: 'row'; line: number; name: string; by: ('name' | 'address')[] };

export interface PreviewRow {
	line: number;
	name: string;
	problems: RowProblem[];
	duplicates: DuplicateMatch[];
	hasPlace: boolean;
}

export interface ImportPreview {
	rows: PreviewRow[];
	/** Columns of the file that are not imported. */
	ignoredColumns: string[];
	counts: { rows: number; valid: number; invalid: number; duplicates: number };
}

interface CheckedRow {
	line: number;
	organisation: TOrganisationInput | null;
	staff: { networkMember: boolean; networkDeclaredAt: string | null };
	place: TPlaceInput | null;
	name: string;
	problems: RowProblem[];
}

/* ------------------------------------------------------------------ reading a row */

const norm = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

/** Codes and the German and English labels of a closed list, for values typed by hand. */
function vocabulary<T extends string>(codes: readonly T[], prefix: string, extra: Record<string, T> = {}): Map<string, T> {
	const map = new Map<string, T>();
	for (const code of codes) {
		map.set(norm(code), code);
		for (const locale of ['de', 'en'] as const) map.set(norm(translate(locale, `${prefix}.${code}` as MessageKey)), code);
	}
	for (const [label, code] of Object.entries(extra)) map.set(norm(label), code);
	return map;
}

const kindWords = vocabulary(organisationKinds, 'kind', {
	Anlaufstelle: 'contact_point',
	'Engagement-Zentrum': 'contact_point',
	Engagementzentrum: 'contact_point',
	Freiwilligenagentur: 'contact_point',
	'Migrantenorganisation': 'migrant_organisation'
});
const languageWords = vocabulary(languages, 'lang', { Gebärdensprache: 'dgs', DGS: 'dgs' });
const targetWords = vocabulary(targetGroups, 'target', { Senioren: 'seniors', Seniorinnen: 'seniors', Jugend: 'youth', Geflüchtete: 'migrants' });
const accessWords = vocabulary(accessibilityFeatures, 'access', { stufenlos: 'step_free', rollstuhlgerecht: 'step_free', Hörschleife: 'hearing_loop' });

const yes = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'wahr', 'true']);
const no = new Set(['nein', 'n', 'no', '0', 'falsch', 'false', '']);

const list = (value: string) =>
	value
		.split(/[,|]/)
		.map((v) => v.trim())
		.filter(Boolean);

/** "15.06.2021" or "2021-06-15" → "2021-06-15"; anything else is left for the contract to refuse. */
function isoDate(value: string): string {
	const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
	return german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : value;
}

/** German spreadsheets write "54,5204". */
const decimal = (value: string) => value.replace(/\s/g, '').replace(',', '.');

interface CategoryLookup {
	byWord: Map<string, string>;
}

async function categoryLookup(db: Db, tenantId: string): Promise<CategoryLookup> {
	const rows = await db.select().from(categories).where(eq(categories.tenantId, tenantId));
	const byWord = new Map<string, string>();
	for (const c of rows) for (const word of [c.slug, c.nameDe, c.nameEn]) byWord.set(norm(word), c.id);
	return { byWord };
}

function checkRow(
	line: number,
	values: Record<string, string>,
	titleOf: Partial<Record<ImportColumn, string>>,
	lookup: CategoryLookup
): CheckedRow {
	const problems: RowProblem[] = [];
	const get = (column: ImportColumn) => {
		const title = titleOf[column];
		return title === undefined ? '' : (values[title] ?? '').trim();
	};
	const problem = (column: ImportColumn, message: MessageKey, params?: Record<string, string>) =>
		problems.push({ column: titleOf[column] ?? columnTitles[column][0], message, ...(params ? { params } : {}) });

	const words = <T extends string>(column: ImportColumn, map: Map<string, T>): T[] => {
		const found: T[] = [];
		for (const word of list(get(column))) {
			const code = map.get(norm(word));
			if (code) found.push(code);
			else problem(column, 'imports.error.unknown_value', { value: word });
		}
		return [...new Set(found)];
	};
	const flag = (column: ImportColumn): boolean => {
		const value = norm(get(column));
		if (yes.has(value)) return true;
		if (!no.has(value)) problem(column, 'imports.error.yes_no', { value: get(column) });
		return false;
	};

	const kindText = get('kind');
	const kind = kindText ? kindWords.get(norm(kindText)) : undefined;
	if (kindText && !kind) problem('kind', 'imports.error.kind', { value: kindText });

	const categoryIds: string[] = [];
	for (const word of list(get('categories'))) {
		const id = lookup.byWord.get(norm(word));
		if (id) categoryIds.push(id);
		else problem('categories', 'imports.error.category', { value: word });
	}

	const input = {
		name: get('name'),
		shortName: get('shortName'),
		kind: kind ?? (kindText ? undefined : ''),
		description: get('description'),
		categoryIds: [...new Set(categoryIds)],
		contactName: get('contactName'),
		contactEmail: get('contactEmail'),
		contactPhone: get('contactPhone'),
		contactPublic: flag('contactPublic'),
		street: get('street'),
		postcode: get('postcode'),
		city: get('city'),
		phone: get('phone'),
		email: get('email'),
		website: get('website'),
		languages: words('languages', languageWords),
		accessibility: words('accessibility', accessWords),
		targetGroups: words('targetGroups', targetWords),
		foundingYear: get('foundingYear'),
		registerNumber: get('registerNumber')
	};
	const fieldColumn: Record<string, ImportColumn> = { categoryIds: 'categories' };
	const parsed = ZOrganisationInput.safeParse(input);
	if (!parsed.success) {
		for (const [field, message] of Object.entries(fieldErrors(parsed.error))) {
			const column = (fieldColumn[field] ?? field.split('.')[0]) as ImportColumn;
			// An unknown kind was already explained with the value the file has.
			if (column === 'kind' && kindText) continue;
			if (column in columnTitles) problem(column, message);
		}
	}

	const staff = { networkMember: flag('networkMember'), networkDeclaredAt: null as string | null };
	const declared = get('networkDeclaredAt');
	if (declared) {
		const parsedStaff = ZOrganisationStaffInput.safeParse({ networkDeclaredAt: isoDate(declared) });
		if (parsedStaff.success) staff.networkDeclaredAt = parsedStaff.data.networkDeclaredAt;
		else problem('networkDeclaredAt', 'imports.error.date', { value: declared });
	}

	let place: TPlaceInput | null = null;
	const [placeName, latText, lngText] = [get('placeName'), get('lat'), get('lng')];
	if (placeName || latText || lngText) {
		const coordinate = (column: 'lat' | 'lng', text: string, limit: number): string => {
			if (!text) {
				problem(column, 'imports.error.coordinates_pair');
				return '';
			}
			const value = Number(decimal(text));
			if (!Number.isFinite(value) || Math.abs(value) > limit) {
				problem(column, 'imports.error.coordinate', { value: text });
				return '';
			}
			return String(value);
		};
		const both = latText || lngText;
		const placeInput = {
			name: placeName || input.name,
			street: input.street,
			postcode: input.postcode,
			city: input.city,
			lat: both ? coordinate('lat', latText, 90) : '',
			lng: both ? coordinate('lng', lngText, 180) : '',
			openingHours: get('openingHours'),
			accessibility: input.accessibility
		};
		const parsedPlace = ZPlaceInput.safeParse(placeInput);
		if (parsedPlace.success) place = parsedPlace.data;
		else {
			const placeColumn: Record<string, ImportColumn> = { name: 'placeName', openingHours: 'openingHours' };
			for (const [field, message] of Object.entries(fieldErrors(parsedPlace.error))) {
				// Address errors are reported once, for the organisation.
				if (placeColumn[field]) problem(placeColumn[field], message);
			}
		}
	}

	return {
		line,
		name: input.name,
		organisation: parsed.success && !problems.length ? parsed.data : null,
		staff,
		place,
		problems
	};
}

/* ------------------------------------------------------------------ duplicates */

/** "Turn- und Sportverein e. V." and "turn und sportverein ev" are the same name. */
export function normaliseName(name: string): string {
	return name
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/\be\.?\s*v\.?(?=\s|$)/g, ' ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function addressKey(street: string, postcode: string): string | null {
	if (!street.trim() || !postcode.trim()) return null;
	const { streetKey, houseNumber } = splitStreet(street);
	return `${postcode.trim()}|${streetKey}|${houseNumber}`;
}

/** Same or similar name (pg_trgm similarity ≥ 0.6), or the same street, house number and postcode. */
export const NAME_SIMILARITY = 0.6;

/** The trigrams of pg_trgm: lower-cased words, each padded with two spaces in front and one behind. */
export function trigrams(text: string): Set<string> {
	const set = new Set<string>();
	for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
		if (!word) continue;
		const padded = `  ${word} `;
		for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
	}
	return set;
}

/**
 * pg_trgm's similarity() (shared trigrams / all trigrams of both), computed here rather than in
 * SQL: the register is compared with itself and the file pairwise, which an inverted index over
 * trigrams does in milliseconds where the database needs seconds for a thousand rows.
 */
export class SimilarNames {
	private readonly postings = new Map<string, number[]>();
	private readonly sizes: number[] = [];

	add(name: string): number {
		const index = this.sizes.length;
		const grams = trigrams(name);
		this.sizes.push(grams.size);
		for (const gram of grams) {
			const list = this.postings.get(gram);
			if (list) list.push(index);
			else this.postings.set(gram, [index]);
		}
		return index;
	}

	/** Indexes of the names added so far that are at least `threshold` similar, best first. */
	similar(name: string, threshold = NAME_SIMILARITY): { index: number; score: number }[] {
		const grams = trigrams(name);
		const shared = new Map<number, number>();
		for (const gram of grams) for (const index of this.postings.get(gram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
		const hits: { index: number; score: number }[] = [];
		for (const [index, count] of shared) {
			const score = count / (grams.size + this.sizes[index] - count);
			if (score >= threshold) hits.push({ index, score });
		}
		return hits.sort((a, b) => b.score - a.score);
	}
}

async function findDuplicates(db: Db, tenantId: string, rows: { line: number; name: string; street: string; postcode: string }[]) {
	const found = new Map<number, DuplicateMatch[]>();
	const add = (line: number, match: DuplicateMatch) => {
		const matches = found.get(line) ?? [];
		const same = matches.find((m) => (m.kind === 'organisation' && match.kind === 'organisation' ? m.organisationId === match.organisationId : m.kind === 'row' && match.kind === 'row' && m.line === match.line));
		if (same) same.by = [...new Set([...same.by, ...match.by])];
		else matches.push(match);
		found.set(line, matches);
	};
	const named = rows.filter((r) => r.name);
	if (!named.length) return found;

	const existing = await db
		.select({ id: organisations.id, name: organisations.name, street: organisations.street, postcode: organisations.postcode })
		.from(organisations)
		.where(and(eq(organisations.tenantId, tenantId), notInArray(organisations.status, ['merged', 'rejected'])));
	const registerNames = new SimilarNames();
	const byName = new Map<string, typeof existing>();
	const byAddress = new Map<string, typeof existing>();
	for (const org of existing) {
		registerNames.add(org.name);
		const nameKey = normaliseName(org.name);
		byName.set(nameKey, [...(byName.get(nameKey) ?? []), org]);
		const key = addressKey(org.street, org.postcode);
		if (key) byAddress.set(key, [...(byAddress.get(key) ?? []), org]);
	}

	// Within the file each pair is offered once: at the later row.
	const fileNames = new SimilarNames();
	const fileRows: typeof named = [];
	const seenNames = new Map<string, { line: number; name: string }>();
	const seenAddresses = new Map<string, { line: number; name: string }>();
	for (const row of named) {
		const nameKey = normaliseName(row.name);
		const address = addressKey(row.street, row.postcode);
		for (const org of byName.get(nameKey) ?? []) add(row.line, { kind: 'organisation', organisationId: org.id, name: org.name, by: ['name'] });
		for (const { index } of registerNames.similar(row.name)) {
			const org = existing[index];
			add(row.line, { kind: 'organisation', organisationId: org.id, name: org.name, by: ['name'] });
		}
		for (const org of address ? (byAddress.get(address) ?? []) : []) add(row.line, { kind: 'organisation', organisationId: org.id, name: org.name, by: ['address'] });

		const earlierName = seenNames.get(nameKey);
		if (earlierName) add(row.line, { kind: 'row', ...earlierName, by: ['name'] });
		else seenNames.set(nameKey, { line: row.line, name: row.name });
		for (const { index } of fileNames.similar(row.name)) add(row.line, { kind: 'row', line: fileRows[index].line, name: fileRows[index].name, by: ['name'] });
		fileNames.add(row.name);
		fileRows.push(row);
		const earlierAddress = address ? seenAddresses.get(address) : undefined;
		if (earlierAddress) add(row.line, { kind: 'row', ...earlierAddress, by: ['address'] });
		else if (address) seenAddresses.set(address, { line: row.line, name: row.name });
	}
	return found;
}

/* ------------------------------------------------------------------ preview */

type PreviewError = 'forbidden' | 'invalid';

async function check(ctx: Ctx, csv: string): Promise<Result<{ preview: ImportPreview; checked: CheckedRow[] }, PreviewError>> {
	if (!can(ctx.actor, 'directory.manage', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden');
	if (Buffer.byteLength(csv) > MAX_IMPORT_BYTES) return fail('invalid', { file: 'imports.error.too_large' });
	const parsed = parseCsv(csv);
	const titleOf: Partial<Record<ImportColumn, string>> = {};
	const ignoredColumns: string[] = [];
	for (const title of parsed.header) {
		const column = (Object.keys(columnTitles) as ImportColumn[]).find((c) => columnTitles[c].some((t) => columnKey(t) === columnKey(title)));
		if (column && titleOf[column] === undefined) titleOf[column] = title;
		else if (title) ignoredColumns.push(title);
	}
	if (requiredColumns.some((c) => titleOf[c] === undefined)) return fail('invalid', { file: 'imports.error.columns' });
	if (!parsed.rows.length) return fail('invalid', { file: 'imports.error.empty' });

	const lookup = await categoryLookup(ctx.db, ctx.tenant.id);
	const checked = parsed.rows.map((row) => checkRow(row.line, row.values, titleOf, lookup));
	const duplicates = await findDuplicates(
		ctx.db,
		ctx.tenant.id,
		checked.map((r) => ({ line: r.line, name: r.name, street: r.organisation?.street ?? '', postcode: r.organisation?.postcode ?? '' }))
	);
	const rows: PreviewRow[] = checked.map((r) => ({
		line: r.line,
		name: r.name,
		problems: r.problems,
		duplicates: duplicates.get(r.line) ?? [],
		hasPlace: r.place !== null
	}));
	const invalid = rows.filter((r) => r.problems.length).length;
	return ok({
		checked,
		preview: {
			rows,
			ignoredColumns,
			counts: { rows: rows.length, valid: rows.length - invalid, invalid, duplicates: rows.filter((r) => r.duplicates.length).length }
		}
	});
}

/**
 * Reads a municipality's register (CSV) and says per row what would happen: imported, refused
 * with the reasons, or a possible duplicate the coordinator decides about. Writes nothing.
 */
export async function previewOrganisationImport(ctx: Ctx, csv: string): Promise<Result<ImportPreview, PreviewError>> {
	const result = await check(ctx, csv);
	return result.ok ? ok(result.value.preview) : result;
}

/* ------------------------------------------------------------------ import */

/** Per duplicate row: create anyway, skip, or merge into an existing organisation or an earlier row of the file. */
const ZDecision = z.union([
	z.literal('new'),
	z.literal('skip'),
	z.string().regex(/^org:[0-9a-f-]{36}$/i),
	z.string().regex(/^line:\d{1,7}$/)
]);
export const ZImportConfirmation = z.object({
	csv: z.string().min(1, { error: 'imports.error.empty' }),
	decisions: z.record(z.string().regex(/^\d{1,7}$/), ZDecision).default({})
});

export interface ImportSummary {
	created: { id: string; name: string }[];
	/** Organisations of the register that rows completed. */
	merged: { id: string; name: string }[];
	/** Rows merged into an organisation of the register or into an earlier row. */
	mergedRows: number;
	skipped: number;
	places: number;
}

export type ImportResult =
	| Result<ImportSummary, PreviewError | 'decisions'>
	| { ok: false; error: 'rows_invalid'; preview: ImportPreview };

const isEmpty = (value: unknown) => value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * All or nothing: every row is checked again, and if one has an error nothing is written.
 * Otherwise new organisations (published at once), merges and places go in one transaction
 * with one audit entry that counts them.
 */
export async function importOrganisations(ctx: Ctx, input: unknown): Promise<ImportResult> {
	const parsedInput = ZImportConfirmation.safeParse(input);
	if (!parsedInput.success) {
		if (!can(ctx.actor, 'directory.manage', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden');
		return fail('invalid', { file: 'imports.error.empty' });
	}
	const checkedResult = await check(ctx, parsedInput.data.csv);
	if (!checkedResult.ok) return checkedResult;
	const { preview, checked } = checkedResult.value;
	if (preview.counts.invalid) return { ok: false, error: 'rows_invalid', preview };

	const decisions = parsedInput.data.decisions;
	const byLine = new Map(preview.rows.map((r) => [r.line, r]));
	const problems: Record<string, MessageKey> = {};
	for (const [line, decision] of Object.entries(decisions)) {
		if (!decision.startsWith('line:')) continue;
		const target = Number(decision.slice(5));
		if (!byLine.has(target) || target >= Number(line)) problems[`decision-${line}`] = 'imports.error.merge_target';
	}
	const mergeIds = [...new Set(Object.values(decisions).filter((d) => d.startsWith('org:')).map((d) => d.slice(4).toLowerCase()))];
	const targets = mergeIds.length
		? await ctx.db
				.select()
				.from(organisations)
				.where(and(eq(organisations.tenantId, ctx.tenant.id), notInArray(organisations.status, ['merged', 'rejected']), inArray(organisations.id, mergeIds)))
		: [];
	const targetById = new Map(targets.map((t) => [t.id, t]));
	for (const [line, decision] of Object.entries(decisions)) {
		if (decision.startsWith('org:') && !targetById.has(decision.slice(4).toLowerCase())) problems[`decision-${line}`] = 'imports.error.merge_target';
	}
	if (Object.keys(problems).length) return fail('decisions', problems);

	const districts = await listDistricts(ctx.db, ctx.tenant.id);
	const locate = await loadAddressLocator(
		ctx.db,
		ctx.tenant.id,
		checked.map((r) => r.place?.postcode ?? '')
	);

	try {
		const summary = await ctx.db.transaction(async (tx) => {
			const summary: ImportSummary = { created: [], merged: [], mergedRows: 0, skipped: 0, places: 0 };
			const organisationOfLine = new Map<number, string>();
			const newOrganisations: (typeof organisations.$inferInsert)[] = [];
			const newCategories: (typeof organisationCategories.$inferInsert)[] = [];
			const newPlaces: (typeof places.$inferInsert)[] = [];
			const placeRow = (organisationId: string, place: TPlaceInput) => {
				const point = place.lat !== null && place.lng !== null ? { lat: place.lat, lng: place.lng } : locate(place.street, place.postcode);
				summary.places++;
				return {
					...place,
					lat: point?.lat ?? null,
					lng: point?.lng ?? null,
					districtId: districtAt(districts, point?.lat ?? null, point?.lng ?? null)?.id ?? null,
					tenantId: ctx.tenant.id,
					organisationId
				};
			};

			for (const row of checked) {
				const organisation = row.organisation!;
				const duplicate = (byLine.get(row.line)?.duplicates.length ?? 0) > 0;
				const decision = decisions[String(row.line)] ?? (duplicate ? 'skip' : 'new');
				if (decision === 'skip') {
					summary.skipped++;
					continue;
				}
				if (decision === 'new') {
					const id = randomUUID();
					const { categoryIds, ...columns } = organisation;
					newOrganisations.push({ ...columns, ...row.staff, id, tenantId: ctx.tenant.id, status: 'published', createdBy: ctx.actor.accountId });
					newCategories.push(...categoryIds.map((categoryId) => ({ tenantId: ctx.tenant.id, organisationId: id, categoryId })));
					if (row.place) newPlaces.push(placeRow(id, row.place));
					organisationOfLine.set(row.line, id);
					summary.created.push({ id, name: organisation.name });
					continue;
				}
				// Merge: into an organisation of the database, or into what an earlier row of this file became.
				const targetId = decision.startsWith('org:') ? decision.slice(4).toLowerCase() : organisationOfLine.get(Number(decision.slice(5)));
				if (!targetId) throw new MergeTargetSkipped(row.line);
				organisationOfLine.set(row.line, targetId);
				summary.mergedRows++;
				const pending = newOrganisations.find((o) => o.id === targetId);
				const current = pending ?? targetById.get(targetId)!;
				const patch = mergePatch(current as Record<string, unknown>, organisation, row.staff);
				if (pending) Object.assign(pending, patch);
				else if (Object.keys(patch).length) {
					await tx
						.update(organisations)
						.set({ ...patch, updatedAt: new Date() })
						.where(and(eq(organisations.tenantId, ctx.tenant.id), eq(organisations.id, targetId)));
				}
				const hasCategories =
					newCategories.some((c) => c.organisationId === targetId) ||
					(!pending &&
						(await tx
							.select({ id: organisationCategories.categoryId })
							.from(organisationCategories)
							.where(and(eq(organisationCategories.tenantId, ctx.tenant.id), eq(organisationCategories.organisationId, targetId)))
							.limit(1)).length > 0);
				if (!hasCategories) newCategories.push(...organisation.categoryIds.map((categoryId) => ({ tenantId: ctx.tenant.id, organisationId: targetId, categoryId })));
				if (row.place) newPlaces.push(placeRow(targetId, row.place));
				if (!pending && !summary.merged.some((m) => m.id === targetId)) summary.merged.push({ id: targetId, name: String(current.name) });
			}

			for (let i = 0; i < newOrganisations.length; i += 500) await tx.insert(organisations).values(newOrganisations.slice(i, i + 500));
			for (let i = 0; i < newCategories.length; i += 1000) await tx.insert(organisationCategories).values(newCategories.slice(i, i + 1000)).onConflictDoNothing();
			for (let i = 0; i < newPlaces.length; i += 500) await tx.insert(places).values(newPlaces.slice(i, i + 500));
			await recordAudit(tx, ctx.actor, {
				action: 'organisations.imported',
				entityType: 'tenant',
				entityId: ctx.tenant.id,
				after: {
					rows: preview.counts.rows,
					created: summary.created.length,
					merged: summary.mergedRows,
					skipped: summary.skipped,
					places: summary.places,
					mergedInto: summary.merged.map((m) => m.id)
				}
			});
			return summary;
		});
		return ok(summary);
	} catch (error) {
		if (error instanceof MergeTargetSkipped) return fail('decisions', { [`decision-${error.line}`]: 'imports.error.merge_target' });
		throw error;
	}
}

class MergeTargetSkipped extends Error {
	constructor(readonly line: number) {
		super(`row ${line} merges into a row that is skipped`);
	}
}

/** Merging fills only what the existing profile leaves empty; the contact person comes as a whole. */
function mergePatch(current: Record<string, unknown>, row: TOrganisationInput, staff: CheckedRow['staff']) {
	const patch: Record<string, unknown> = {};
	const contact = ['contactName', 'contactEmail', 'contactPhone', 'contactPublic'] as const;
	const { categoryIds: _, ...columns } = row;
	for (const [key, value] of Object.entries(columns)) {
		if ((contact as readonly string[]).includes(key) || key === 'name' || key === 'kind') continue;
		if (isEmpty(current[key]) && !isEmpty(value)) patch[key] = value;
	}
	if (isEmpty(current.contactName) && isEmpty(current.contactEmail) && !isEmpty(row.contactName)) {
		for (const key of contact) patch[key] = row[key];
	}
	if (!current.networkMember && staff.networkMember) {
		patch.networkMember = true;
		patch.networkDeclaredAt = current.networkDeclaredAt ?? staff.networkDeclaredAt;
	}
	return patch as Partial<typeof organisations.$inferInsert>;
}
