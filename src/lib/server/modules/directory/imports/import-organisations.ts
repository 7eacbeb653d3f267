import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '$lib/server/core/context';
import type { Db } from '$lib/server/db/client';
import { fail, ok, type Result } from '$lib/server/core/result';
import { fieldErrors } from '$lib/server/core/validation';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { parseCsv } from '$lib/server/core/csv';
import { translate, type MessageKey } from '$lib/i18n';
import { categories, organisationCategories, places } from '../schema';
import { organisations } from '../../../core/organisations/schema';
import { ZOrganisationInput, ZOrganisationStaffInput, ZPlaceInput, type TOrganisationInput, type TPlaceInput } from '../contracts';
import { accessibilityFeatures, languages, organisationKinds, targetGroups } from '../vocabulary';
import { listDistricts } from '../search/queries';
import { districtAt, splitStreet } from '../places/geo';
import { loadAddressLocator } from './import-addresses';
import { uploadInput } from './upload-input';

// Moved to core/csv for every upload; still reachable here, where its tests import it.
export { decodeUpload } from '$lib/server/core/csv';

/**
 * The uploaded file travels back with the confirmation form (at most 1 MB, compressed by
 * `packImportFile`): nothing with contact persons' data is left on disk when a coordinator
 * abandons a preview, and the server checks the file again before it writes anything anyway.
 */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * The file as the preview's form carries it from page to page: gzip in URL-safe base64, about
 * a sixth of the text, because every page of the preview sends it and gets it back.
 */
export function packImportFile(csv: string): string {
	return gzipSync(Buffer.from(csv, 'utf8')).toString('base64url');
}

/** The file a form carried, or null when it is not one `packImportFile` made or would unpack to over 1 MB. */
export function unpackImportFile(packed: string): string | null {
	if (!packed) return null;
	try {
		return gunzipSync(Buffer.from(packed, 'base64url'), { maxOutputLength: MAX_IMPORT_BYTES }).toString('utf8');
	} catch {
		return null;
	}
}

/** Rows per page of the preview. */
export const PREVIEW_PAGE_SIZE = 50;

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

export type DuplicateMatch = { kind: 'organisation'; organisationId: string; name: string; by: ('name' | 'address')[] } | { kind: 'row'; line: number; name: string; by: ('name' | 'address')[] };

export interface PreviewRow {
	line: number;
	name: string;
	problems: RowProblem[];
	duplicates: DuplicateMatch[];
	hasPlace: boolean;
}

/**
 * One page of the preview, and what the whole file holds. The pages list the rows with errors
 * first, then the possible duplicates the coordinator decides about, then the new organisations,
 * each part in file order; a file of 20,000 rows is never sent in one response.
 */
export interface ImportPreview {
	/** The rows of this page, in file order. */
	rows: PreviewRow[];
	/** Columns of the file that are not imported. */
	ignoredColumns: string[];
	counts: { rows: number; valid: number; invalid: number; duplicates: number };
	/** Rows of each part in the whole file: with errors, possible duplicates without errors, new. */
	parts: { errors: number; toDecide: number; new: number };
	page: { number: number; count: number; size: number };
}

/** Which page to show: by number, or the one holding a line of the file (a decision to correct). */
export interface PreviewPage {
	page?: number;
	line?: number;
	pageSize?: number;
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
	Migrantenorganisation: 'migrant_organisation'
});
const languageWords = vocabulary(languages, 'lang', { Gebärdensprache: 'dgs', DGS: 'dgs' });
const targetWords = vocabulary(targetGroups, 'target', { Senioren: 'seniors', Seniorinnen: 'seniors', Jugend: 'youth', Geflüchtete: 'migrants', Alle: 'everyone' });
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

function checkRow(line: number, values: Record<string, string>, titleOf: Partial<Record<ImportColumn, string>>, lookup: CategoryLookup): CheckedRow {
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
				problem(column, column === 'lng' ? 'imports.error.coordinate_lng' : 'imports.error.coordinate', { value: text });
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

/** At most this many possible duplicates are offered for a row, the likeliest first. */
export const MAX_MATCHES = 3;

/**
 * Bounds that keep a row's search short however alike the names of a file are: its block holds
 * at most MAX_BLOCK list entries, and it is compared with at most MAX_COMPARISONS names of it,
 * those sharing most of its rarest trigrams first. Only files with hundreds of names alike
 * ("Sportverein Buchfeld", "Sportverein Buchholz", …) reach them; in the benchmark's file of
 * 20,000 such rows, 99.7 % of the rows that have a match without the bounds still have one.
 */
const MAX_BLOCK = 4000;
const MAX_COMPARISONS = 50;

/** Of the organisations sharing one name or one address, this many are looked at. */
const MAX_SAME_KEY = 20;

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
 * SQL, for names of the register and a file of up to tens of thousands of rows.
 *
 * Names are compared only within blocks: names meet when they share one of their rarest
 * trigrams. Up to the bounds above, that misses no pair. Order all trigrams from rare to common (by how often they occur
 * in `corpus`, the names that will be compared). Two names x and y with similarity ≥ t share at
 * least ⌈t·|x|⌉ of the |x| trigrams of x, so the first |x| − ⌈t·|x|⌉ + 1 trigrams of x (its
 * prefix) and the prefix of y have one in common. Each name is listed only under the trigrams of
 * its prefix, and a query looks only into the lists of its own prefix: common trigrams ("ver",
 * "ein", "e. V.", the town's name) bring no two names together, so unrelated names are not
 * compared at all. Names with the same trigrams are kept once.
 */
export class SimilarNames {
	/** Names are listed for queries of at least this similarity. */
	private readonly threshold: number;
	/** Trigram ids count from the rarest up; trigrams not in the corpus get the next free ones. */
	private readonly gramIds = new Map<string, number>();
	/** Per trigram, the entries that have it in their prefix. */
	private readonly postings = new Map<number, number[]>();
	/** Per entry, its trigram ids in ascending order: rarest first. */
	private readonly entries: Int32Array[] = [];
	private readonly entryOfGrams = new Map<string, number>();
	/** Per entry, the last query that met it and how many of that query's probed trigrams it is listed under. */
	private lastQuery = new Int32Array(1024);
	private overlap = new Int32Array(1024);
	/** Per trigram, the last query that has it. */
	private gramQuery: Int32Array<ArrayBuffer>;
	/** The current query's block, and the same entries ordered by overlap: kept between queries. */
	private block = new Int32Array(MAX_BLOCK);
	private ordered = new Int32Array(MAX_BLOCK);
	private queries = 0;
	private last: { name: string; ids: Int32Array } | undefined;
	/** How many similarities have been computed: what blocking saves shows here. */
	comparisons = 0;

	constructor(options: { threshold?: number; corpus?: Iterable<string> } = {}) {
		this.threshold = options.threshold ?? 0;
		const frequency = new Map<string, number>();
		for (const name of options.corpus ?? []) for (const gram of trigrams(name)) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
		for (const [gram] of [...frequency].sort((a, b) => a[1] - b[1])) this.gramIds.set(gram, this.gramIds.size);
		this.gramQuery = new Int32Array(Math.max(1024, this.gramIds.size * 2));
	}

	private grams(name: string): Int32Array {
		if (this.last?.name === name) return this.last.ids;
		const ids = new Int32Array(
			[...trigrams(name)].map((gram) => {
				let id = this.gramIds.get(gram);
				if (id === undefined) {
					id = this.gramIds.size;
					this.gramIds.set(gram, id);
					this.gramQuery = fitted(this.gramQuery, id);
				}
				return id;
			})
		).sort();
		this.last = { name, ids };
		return ids;
	}

	/** Adds a name and returns its entry; names with the same trigrams share one. */
	add(name: string): number {
		const ids = this.grams(name);
		const key = ids.join(',');
		const known = this.entryOfGrams.get(key);
		if (known !== undefined) return known;
		const entry = this.entries.length;
		this.entries.push(ids);
		this.lastQuery = fitted(this.lastQuery, entry);
		this.overlap = fitted(this.overlap, entry);
		this.entryOfGrams.set(key, entry);
		for (let i = 0; i < prefixLength(ids.length, this.threshold); i++) {
			const list = this.postings.get(ids[i]);
			if (list) list.push(entry);
			else this.postings.set(ids[i], [entry]);
		}
		return entry;
	}

	/**
	 * Entries of the names added so far that are at least `threshold` similar, best first; with a
	 * `limit`, only that many. Names listed under more of the query's rarest trigrams are compared
	 * first, and once `limit` are found a name must beat the weakest of them.
	 */
	similar(name: string, threshold = NAME_SIMILARITY, limit = Infinity): { index: number; score: number }[] {
		if (threshold < this.threshold) throw new Error(`names are listed for a similarity of at least ${this.threshold}`);
		const ids = this.grams(name);
		const size = ids.length;
		if (!size) return [];
		const query = ++this.queries;
		for (const id of ids) this.gramQuery[id] = query;
		const probes = prefixLength(size, threshold);

		// The block: the names listed under the query's rarest trigrams, with how many of them each has.
		const { block, ordered, overlap, lastQuery } = this;
		let members = 0;
		let visits = 0;
		probing: for (let i = 0; i < probes; i++) {
			for (const entry of this.postings.get(ids[i]) ?? []) {
				if (visits++ >= MAX_BLOCK) break probing;
				if (lastQuery[entry] !== query) {
					lastQuery[entry] = query;
					overlap[entry] = 0;
					block[members++] = entry;
				}
				overlap[entry]++;
			}
		}
		// Most shared first (a counting sort: overlaps run from 1 to the number of probes).
		const starts = new Int32Array(probes + 2);
		for (let m = 0; m < members; m++) starts[probes - overlap[block[m]] + 1]++;
		for (let k = 1; k < starts.length; k++) starts[k] += starts[k - 1];
		for (let m = 0; m < members; m++) ordered[starts[probes - overlap[block[m]]]++] = block[m];

		const hits: { index: number; score: number }[] = [];
		let bar = threshold;
		let full = false;
		for (let m = 0; m < Math.min(members, MAX_COMPARISONS); m++) {
			const entry = ordered[m];
			const other = this.entries[entry];
			// Shared / all can be no more than the smaller size / the larger one.
			if (Math.min(size, other.length) < bar * Math.max(size, other.length) - 1e-9) continue;
			this.comparisons++;
			let shared = 0;
			for (let k = 0; k < other.length; k++) if (this.gramQuery[other[k]] === query) shared++;
			const score = shared / (size + other.length - shared);
			if (score < bar || (full && score <= bar)) continue;
			hits.push({ index: entry, score });
			hits.sort((a, b) => b.score - a.score);
			if (hits.length > limit) hits.pop();
			if (hits.length === limit) {
				full = true;
				bar = hits[hits.length - 1].score;
			}
		}
		return hits;
	}
}

/** The array, or a copy twice as long when `index` lies beyond it. */
function fitted(array: Int32Array<ArrayBuffer>, index: number): Int32Array<ArrayBuffer> {
	if (index < array.length) return array;
	const longer = new Int32Array(Math.max(index + 1, array.length * 2));
	longer.set(array);
	return longer;
}

/** How many of a name's rarest trigrams another name must share one of to reach `threshold`. */
const prefixLength = (size: number, threshold: number) => Math.min(size, size - Math.ceil(threshold * size - 1e-9) + 1);

/** The candidates for one row; a candidate found by name and by address is one match. */
class Candidates {
	private readonly byKey = new Map<string, { match: DuplicateMatch; nameScore: number; address: boolean }>();

	add(key: string, match: DuplicateMatch, found: { name?: number; address?: boolean }) {
		const candidate = this.byKey.get(key) ?? { match, nameScore: 0, address: false };
		candidate.nameScore = Math.max(candidate.nameScore, found.name ?? 0);
		candidate.address ||= !!found.address;
		this.byKey.set(key, candidate);
	}

	/**
	 * The likeliest first: a name counts with its similarity (1 when equal), the same address as 0.8
	 * – more than a merely similar name, less than a name that is nearly the same.
	 */
	best(): DuplicateMatch[] {
		return [...this.byKey.values()]
			.sort((a, b) => b.nameScore + (b.address ? 0.8 : 0) - (a.nameScore + (a.address ? 0.8 : 0)))
			.slice(0, MAX_MATCHES)
			.map(({ match, nameScore, address }) => ({ ...match, by: [...(nameScore > 0 ? ['name' as const] : []), ...(address ? ['address' as const] : [])] }));
	}
}

type Named = { line: number; name: string; street: string; postcode: string };

async function findDuplicates(db: Db, tenantId: string, rows: Named[]): Promise<Map<number, DuplicateMatch[]>> {
	const found = new Map<number, DuplicateMatch[]>();
	const named = rows.filter((r) => r.name);
	if (!named.length) return found;

	const existing = await db
		.select({ id: organisations.id, name: organisations.name, street: organisations.street, postcode: organisations.postcode })
		.from(organisations)
		.where(and(eq(organisations.tenantId, tenantId), notInArray(organisations.status, ['merged', 'rejected'])));
	type Organisation = (typeof existing)[number];
	const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
		const list = map.get(key);
		if (!list) map.set(key, [value]);
		else if (list.length < MAX_SAME_KEY) list.push(value);
	};

	// The register and the file share one index; an entry knows its organisations and the first row with its name.
	const names = new SimilarNames({ threshold: NAME_SIMILARITY, corpus: [...existing.map((o) => o.name), ...named.map((r) => r.name)] });
	const organisationsOf = new Map<number, Organisation[]>();
	const firstRowOf = new Map<number, { line: number; name: string }>();
	const byName = new Map<string, Organisation[]>();
	const byAddress = new Map<string, Organisation[]>();
	for (const org of existing) {
		push(organisationsOf, names.add(org.name), org);
		push(byName, normaliseName(org.name), org);
		const key = addressKey(org.street, org.postcode);
		if (key) push(byAddress, key, org);
	}

	// Within the file each pair is offered once: at the later row, pointing at the first row with that name or address.
	const seenNames = new Map<string, { line: number; name: string }>();
	const seenAddresses = new Map<string, { line: number; name: string }>();
	for (const row of named) {
		const candidates = new Candidates();
		const organisation = (org: Organisation, by: { name?: number; address?: boolean }) => candidates.add(`org:${org.id}`, { kind: 'organisation', organisationId: org.id, name: org.name, by: [] }, by);
		const earlierRow = (earlier: { line: number; name: string }, by: { name?: number; address?: boolean }) =>
			candidates.add(`line:${earlier.line}`, { kind: 'row', line: earlier.line, name: earlier.name, by: [] }, by);

		const nameKey = normaliseName(row.name);
		const address = addressKey(row.street, row.postcode);
		for (const org of byName.get(nameKey) ?? []) organisation(org, { name: 1 });
		for (const { index, score } of names.similar(row.name, NAME_SIMILARITY, MAX_MATCHES)) {
			for (const org of organisationsOf.get(index) ?? []) organisation(org, { name: score });
			const earlier = firstRowOf.get(index);
			if (earlier) earlierRow(earlier, { name: score });
		}
		for (const org of address ? (byAddress.get(address) ?? []) : []) organisation(org, { address: true });
		const earlierName = seenNames.get(nameKey);
		if (earlierName) earlierRow(earlierName, { name: 1 });
		const earlierAddress = address ? seenAddresses.get(address) : undefined;
		if (earlierAddress) earlierRow(earlierAddress, { address: true });

		const matches = candidates.best();
		if (matches.length) found.set(row.line, matches);

		const own = { line: row.line, name: row.name };
		const entry = names.add(row.name);
		if (!firstRowOf.has(entry)) firstRowOf.set(entry, own);
		if (!earlierName) seenNames.set(nameKey, own);
		if (address && !earlierAddress) seenAddresses.set(address, own);
	}
	return found;
}

/* ------------------------------------------------------------------ preview */

type PreviewError = 'invalid';

/** A page of the preview: the first unless a page or a row's line is asked for (out of range or not a number means the first). */
const viewNumber = z.number().optional().catch(undefined);
const ZImportPreview = z.object({ csv: z.string(), page: viewNumber, line: viewNumber, pageSize: viewNumber });

interface CheckedFile {
	/** Every row, in file order. */
	rows: PreviewRow[];
	checked: CheckedRow[];
	ignoredColumns: string[];
	counts: ImportPreview['counts'];
}

/** Reads and checks every row; the use cases that call it have asked the coordination's permission. */
async function check(ctx: Ctx, csv: string): Promise<Result<CheckedFile, PreviewError>> {
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
		rows,
		checked,
		ignoredColumns,
		counts: { rows: rows.length, valid: rows.length - invalid, invalid, duplicates: rows.filter((r) => r.duplicates.length).length }
	});
}

const partOf = (row: PreviewRow) => (row.problems.length ? 0 : row.duplicates.length ? 1 : 2);

function pageOf(file: CheckedFile, view: PreviewPage): ImportPreview {
	const size = Math.max(1, Math.floor(view.pageSize ?? PREVIEW_PAGE_SIZE));
	const ordered = [0, 1, 2].flatMap((part) => file.rows.filter((row) => partOf(row) === part));
	const count = Math.max(1, Math.ceil(ordered.length / size));
	const position = view.line === undefined ? -1 : ordered.findIndex((row) => row.line === view.line);
	const wanted = position >= 0 ? Math.floor(position / size) + 1 : Math.floor(view.page ?? 1);
	const number = Number.isFinite(wanted) ? Math.min(count, Math.max(1, wanted)) : 1;
	const parts = { errors: 0, toDecide: 0, new: 0 };
	for (const row of file.rows) parts[(['errors', 'toDecide', 'new'] as const)[partOf(row)]]++;
	return {
		rows: ordered.slice((number - 1) * size, number * size).sort((a, b) => a.line - b.line),
		ignoredColumns: file.ignoredColumns,
		counts: file.counts,
		parts,
		page: { number, count, size }
	};
}

/**
 * Reads a municipality's register (CSV) and says per row what would happen: imported, refused
 * with the reasons, or a possible duplicate the coordinator decides about. Writes nothing.
 * Returns one page of rows (the first unless asked) with the counts of the whole file.
 */
export const previewOrganisationImport = useCase({
	input: uploadInput(ZImportPreview),
	permission: 'directory.manage',
	run: async (ctx, { csv, ...view }) => {
		const result = await check(ctx, csv);
		return result.ok ? ok(pageOf(result.value, view)) : result;
	}
});
/* ------------------------------------------------------------------ import */

/** Per duplicate row: create anyway, skip, or merge into an existing organisation or an earlier row of the file. */
const ZDecision = z.union([z.literal('new'), z.literal('skip'), z.string().regex(/^org:[0-9a-f-]{36}$/i), z.string().regex(/^line:\d{1,7}$/)]);
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

const isEmpty = (value: unknown) => value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * All or nothing: every row is checked again, and if one has an error nothing is written.
 * Otherwise new organisations (published at once), merges and places go in one transaction
 * with one audit entry that counts them.
 */
export const importOrganisations = useCase({
	input: uploadInput(ZImportConfirmation),
	permission: 'directory.manage',
	run: async (ctx, { csv, decisions }) => {
		const checkedResult = await check(ctx, csv);
		if (!checkedResult.ok) return checkedResult;
		const file = checkedResult.value;
		const { checked } = file;
		// The first page lists the rows with errors.
		if (file.counts.invalid) return { ok: false as const, error: 'rows_invalid' as const, preview: pageOf(file, {}) };

		const byLine = new Map(file.rows.map((r) => [r.line, r]));
		const problems: Record<string, MessageKey> = {};
		for (const [line, decision] of Object.entries(decisions)) {
			if (!decision.startsWith('line:')) continue;
			const target = Number(decision.slice(5));
			if (!byLine.has(target) || target >= Number(line)) problems[`decision-${line}`] = 'imports.error.merge_target';
		}
		const mergeIds = [
			...new Set(
				Object.values(decisions)
					.filter((d) => d.startsWith('org:'))
					.map((d) => d.slice(4).toLowerCase())
			)
		];
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
				const pendingById = new Map<string, typeof organisations.$inferInsert>();
				const withCategories = new Set<string>();
				const mergedIds = new Set<string>();
				if (targets.length) {
					const linked = await tx
						.selectDistinct({ id: organisationCategories.organisationId })
						.from(organisationCategories)
						.where(
							and(
								eq(organisationCategories.tenantId, ctx.tenant.id),
								inArray(
									organisationCategories.organisationId,
									targets.map((t) => t.id)
								)
							)
						);
					for (const { id } of linked) withCategories.add(id);
				}
				const linkCategories = (organisationId: string, categoryIds: string[]) => {
					if (!categoryIds.length) return;
					newCategories.push(...categoryIds.map((categoryId) => ({ tenantId: ctx.tenant.id, organisationId, categoryId })));
					withCategories.add(organisationId);
				};
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
						const created = { ...columns, ...row.staff, id, tenantId: ctx.tenant.id, status: 'published' as const, createdBy: ctx.actor.accountId };
						newOrganisations.push(created);
						pendingById.set(id, created);
						linkCategories(id, categoryIds);
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
					const pending = pendingById.get(targetId);
					const current = pending ?? targetById.get(targetId)!;
					const patch = mergePatch(current as Record<string, unknown>, organisation, row.staff);
					if (pending) Object.assign(pending, patch);
					else if (Object.keys(patch).length) {
						await tx
							.update(organisations)
							.set({ ...patch, updatedAt: new Date() })
							.where(and(eq(organisations.tenantId, ctx.tenant.id), eq(organisations.id, targetId)));
					}
					if (!withCategories.has(targetId)) linkCategories(targetId, organisation.categoryIds);
					if (row.place) newPlaces.push(placeRow(targetId, row.place));
					if (!pending && !mergedIds.has(targetId)) {
						mergedIds.add(targetId);
						summary.merged.push({ id: targetId, name: String(current.name) });
					}
				}

				for (let i = 0; i < newOrganisations.length; i += 500) await tx.insert(organisations).values(newOrganisations.slice(i, i + 500));
				for (let i = 0; i < newCategories.length; i += 1000)
					await tx
						.insert(organisationCategories)
						.values(newCategories.slice(i, i + 1000))
						.onConflictDoNothing();
				for (let i = 0; i < newPlaces.length; i += 500) await tx.insert(places).values(newPlaces.slice(i, i + 500));
				await recordAudit(tx, ctx.actor, {
					action: 'organisations.imported',
					entityType: 'tenant',
					entityId: ctx.tenant.id,
					after: {
						rows: file.counts.rows,
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
});

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
