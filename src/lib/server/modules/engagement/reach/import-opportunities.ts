import { randomUUID } from 'node:crypto';
import { and, eq, notInArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { fieldErrors } from '$lib/server/core/validation';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { parseCsv } from '$lib/server/core/csv';
import { organisations } from '$lib/server/core/organisations/schema';
import { translate, type MessageKey } from '$lib/i18n';
import { categoriesTable, districtsTable, languages, normaliseName, placesTable } from '$lib/server/modules/directory';
import { engagementSettings, opportunities, opportunityFields, opportunityPlaces } from '../schema';
import { ZOpportunityInput, type TOpportunityInput } from '../contracts';
import { commitments, DEFAULT_EXPIRY_MONTHS, offers, requirements, welcomeGroups } from '../vocabulary';

/** The file travels back with the confirmation form, like the register's import: at most 1 MB. */
export const MAX_OPPORTUNITY_IMPORT_BYTES = 1_000_000;
/** Rows of each kind the preview names; the counts cover the whole file. */
export const PREVIEW_LISTED = 100;

/** The documented column titles (first one) and other spellings understood; the export writes the first ones. */
export const opportunityColumnTitles = {
	organisation: ['Organisation', 'Organisation-ID', 'Verein'],
	title: ['Titel'],
	commitment: ['Art des Engagements', 'Engagementart'],
	tasks: ['Aufgaben'],
	description: ['Beschreibung'],
	hoursPerMonth: ['Stunden im Monat'],
	fields: ['Engagementfelder'],
	places: ['Orte'],
	districts: ['Stadtteile'],
	online: ['Ortsunabhängig', 'Online'],
	startsOn: ['Beginn'],
	endsOn: ['Ende'],
	minAge: ['Mindestalter'],
	forYouth14: ['Jugendliche ab 14'],
	targetGroups: ['Willkommen'],
	languages: ['Sprachen'],
	skills: ['Fähigkeiten'],
	requirements: ['Voraussetzungen'],
	offers: ['Wir bieten'],
	accessibility: ['Barrierefreiheit'],
	volunteersWanted: ['Gesuchte Freiwillige'],
	contactName: ['Ansprechperson'],
	contactEmail: ['Ansprechperson E-Mail'],
	contactPhone: ['Ansprechperson Telefon']
} as const;
export type OpportunityColumn = keyof typeof opportunityColumnTitles;
export const OPPORTUNITY_IMPORT_COLUMNS = Object.values(opportunityColumnTitles).map((titles) => titles[0]);
const requiredColumns: OpportunityColumn[] = ['organisation', 'title', 'commitment'];

export interface RowProblem {
	column: string;
	message: MessageKey;
	params?: Record<string, string>;
}
export interface OpportunityPreviewRow {
	line: number;
	title: string;
	organisation: string;
	problems: RowProblem[];
}
export interface OpportunityImportPreview {
	/** Rows with errors, then rows that would be imported, each at most PREVIEW_LISTED. */
	invalid: OpportunityPreviewRow[];
	valid: OpportunityPreviewRow[];
	ignoredColumns: string[];
	counts: { rows: number; valid: number; invalid: number };
}

/* ------------------------------------------------------------------ reading a row */

const columnKey = (title: string) =>
	title
		.toLowerCase()
		.replace(/\(.*?\)/g, ' ')
		.replace(/[\s_-]+/g, ' ')
		.trim();
const norm = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();
const list = (value: string) =>
	value
		.split(/[,|;]/)
		.map((v) => v.trim())
		.filter(Boolean);
const yes = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'wahr', 'true']);
const no = new Set(['nein', 'n', 'no', '0', 'falsch', 'false', '']);
/** "15.06.2026" or "2026-06-15" → "2026-06-15"; anything else is left for the contract to refuse. */
const isoDate = (value: string) => {
	const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
	return german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : value;
};

/** Codes and their German and English labels, for values typed by hand. */
function words<T extends string>(codes: readonly T[], prefix: string, extra: Record<string, T> = {}): Map<string, T> {
	const map = new Map<string, T>();
	for (const code of codes) {
		map.set(norm(code), code);
		for (const locale of ['de', 'en'] as const) map.set(norm(translate(locale, `${prefix}.${code}` as MessageKey)), code);
	}
	for (const [label, code] of Object.entries(extra)) map.set(norm(label), code);
	return map;
}
const commitmentWords = words(commitments, 'engagement.commitment', { regelmäßig: 'regular', projekt: 'project', einmalig: 'once', spontan: 'spontaneous', 'engagement to go': 'spontaneous' });
const groupWords = words(welcomeGroups, 'engagement.group', { Senioren: 'seniors', Seniorinnen: 'seniors', Migration: 'migration', Behinderung: 'disability' });
const requirementWords = words(requirements, 'engagement.requirement', { Führungszeugnis: 'police_certificate', 'Erste Hilfe': 'first_aid' });
const offerWords = words(offers, 'engagement.offer', { Versicherung: 'insurance', Auslagen: 'expenses', Fortbildung: 'training', Nachweis: 'certificate' });
const languageWords = words(languages, 'lang', { Gebärdensprache: 'dgs', DGS: 'dgs' });

interface OrganisationEntry {
	id: string;
	name: string;
	places: { id: string; name: string; street: string; districtId: string | null }[];
}
interface Lookups {
	byId: Map<string, OrganisationEntry>;
	/** Normalised names; more than one organisation of a name makes the name ambiguous. */
	byName: Map<string, OrganisationEntry[]>;
	categories: Map<string, string>;
	districts: Map<string, string>;
}

async function lookups(ctx: Ctx): Promise<Lookups> {
	const tenantId = ctx.tenant.id;
	const [orgs, places, categories, districts] = await Promise.all([
		ctx.db
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(and(eq(organisations.tenantId, tenantId), notInArray(organisations.status, ['merged', 'rejected']))),
		ctx.db
			.select({ id: placesTable.id, organisationId: placesTable.organisationId, name: placesTable.name, street: placesTable.street, districtId: placesTable.districtId })
			.from(placesTable)
			.where(eq(placesTable.tenantId, tenantId)),
		ctx.db.select().from(categoriesTable).where(eq(categoriesTable.tenantId, tenantId)),
		ctx.db.select({ id: districtsTable.id, slug: districtsTable.slug, name: districtsTable.name }).from(districtsTable).where(eq(districtsTable.tenantId, tenantId))
	]);
	const byId = new Map<string, OrganisationEntry>(orgs.map((o) => [o.id, { ...o, places: [] }]));
	for (const place of places) byId.get(place.organisationId)?.places.push(place);
	const byName = new Map<string, OrganisationEntry[]>();
	for (const entry of byId.values()) byName.set(normaliseName(entry.name), [...(byName.get(normaliseName(entry.name)) ?? []), entry]);
	const categoryMap = new Map<string, string>();
	for (const c of categories) for (const word of [c.slug, c.nameDe, c.nameEn]) categoryMap.set(norm(word), c.id);
	const districtMap = new Map<string, string>();
	for (const d of districts) for (const word of [d.slug, d.name]) districtMap.set(norm(word), d.id);
	return { byId, byName, categories: categoryMap, districts: districtMap };
}

interface CheckedRow {
	line: number;
	title: string;
	organisationName: string;
	organisationId: string | null;
	opportunity: TOpportunityInput | null;
	problems: RowProblem[];
}

/** The contract's field names as the file's columns. */
const columnOfField: Record<string, OpportunityColumn> = { placeIds: 'places', fieldIds: 'fields', schedule: 'commitment', dates: 'startsOn' };

function checkRow(line: number, values: Record<string, string>, titleOf: Partial<Record<OpportunityColumn, string>>, look: Lookups): CheckedRow {
	const problems: RowProblem[] = [];
	const get = (column: OpportunityColumn) => {
		const title = titleOf[column];
		return title === undefined ? '' : (values[title] ?? '').trim();
	};
	const problem = (column: OpportunityColumn, message: MessageKey, params?: Record<string, string>) =>
		problems.push({ column: titleOf[column] ?? opportunityColumnTitles[column][0], message, ...(params ? { params } : {}) });
	const codes = <T extends string>(column: OpportunityColumn, map: Map<string, T>): T[] => {
		const found: T[] = [];
		for (const word of list(get(column))) {
			const code = map.get(norm(word));
			if (code) found.push(code);
			else problem(column, 'imports.error.unknown_value', { value: word });
		}
		return [...new Set(found)];
	};
	const flag = (column: OpportunityColumn): boolean => {
		const value = norm(get(column));
		if (yes.has(value)) return true;
		if (!no.has(value)) problem(column, 'imports.error.yes_no', { value: get(column) });
		return false;
	};

	// The organisation: by its id, or by its name when only one has it.
	const named = get('organisation');
	let organisation: OrganisationEntry | undefined;
	if (!named) problem('organisation', 'reach.import.error.organisation_missing');
	else {
		organisation = look.byId.get(named.toLowerCase());
		if (!organisation) {
			const candidates = look.byName.get(normaliseName(named)) ?? [];
			if (candidates.length === 1) organisation = candidates[0];
			else if (candidates.length > 1) problem('organisation', 'reach.import.error.organisation_ambiguous', { value: named });
			else problem('organisation', 'reach.import.error.organisation_unknown', { value: named });
		}
	}

	const commitmentText = get('commitment');
	const commitment = commitmentWords.get(norm(commitmentText));
	if (commitmentText && !commitment) problem('commitment', 'reach.import.error.commitment', { value: commitmentText });

	const fieldIds: string[] = [];
	for (const word of list(get('fields'))) {
		const id = look.categories.get(norm(word));
		if (id) fieldIds.push(id);
		else problem('fields', 'imports.error.category', { value: word });
	}

	// Where: some of the organisation's places by name (or street), all its places in named districts, or its only place.
	const placeIds = new Set<string>();
	if (organisation) {
		for (const word of list(get('places'))) {
			const place = organisation.places.find((p) => norm(p.name) === norm(word) || (p.street && norm(p.street) === norm(word)));
			if (place) placeIds.add(place.id);
			else problem('places', 'reach.import.error.place', { value: word, organisation: organisation.name });
		}
		for (const word of list(get('districts'))) {
			const districtId = look.districts.get(norm(word));
			const inDistrict = organisation.places.filter((p) => districtId && p.districtId === districtId);
			if (!districtId) problem('districts', 'reach.import.error.district', { value: word });
			else if (!inDistrict.length) problem('districts', 'reach.import.error.no_place_in_district', { value: word, organisation: organisation.name });
			for (const p of inDistrict) placeIds.add(p.id);
		}
	}
	const online = flag('online');
	if (organisation && !online && !placeIds.size && !get('places') && !get('districts') && organisation.places.length === 1) placeIds.add(organisation.places[0].id);

	const input = {
		title: get('title'),
		description: get('description'),
		tasks: get('tasks'),
		commitment: commitment ?? (commitmentText ? 'regular' : ''),
		hoursPerMonth: get('hoursPerMonth'),
		startsOn: isoDate(get('startsOn')),
		endsOn: isoDate(get('endsOn')),
		minAge: get('minAge'),
		forYouth14: flag('forYouth14'),
		targetGroups: codes('targetGroups', groupWords),
		languages: codes('languages', languageWords),
		skills: get('skills'),
		requirements: codes('requirements', requirementWords),
		offers: codes('offers', offerWords),
		accessibility: get('accessibility'),
		volunteersWanted: get('volunteersWanted'),
		contactName: get('contactName'),
		contactEmail: get('contactEmail'),
		contactPhone: get('contactPhone'),
		online,
		placeIds: [...placeIds],
		fieldIds: [...new Set(fieldIds)]
	};
	const parsed = ZOpportunityInput.safeParse(input);
	if (!parsed.success) {
		for (const [field, message] of Object.entries(fieldErrors(parsed.error))) {
			const column = (columnOfField[field.split('.')[0]] ?? field.split('.')[0]) as OpportunityColumn;
			// An unknown commitment was told with the value the file has; places named but not found were told each.
			if (column === 'commitment' && commitmentText && !commitment) continue;
			if (column === 'places' && (!organisation || get('places') || get('districts'))) continue;
			if (column in opportunityColumnTitles) problem(column, message);
		}
	}
	return {
		line,
		title: input.title,
		organisationName: organisation?.name ?? named,
		organisationId: organisation?.id ?? null,
		opportunity: parsed.success && !problems.length ? parsed.data : null,
		problems
	};
}

/* ------------------------------------------------------------------ preview and import */

export const ZOpportunityImportFile = z.object({ csv: z.string() });
export const ZOpportunityImport = z.object({
	csv: z.string().min(1, { error: 'imports.error.empty' }),
	/** Imported opportunities are published at once, or wait as drafts for their organisation. */
	status: z.enum(['published', 'draft'], { error: 'error.choose_one' })
});

interface CheckedFile {
	checked: CheckedRow[];
	preview: OpportunityImportPreview;
}

async function check(ctx: Ctx, csv: string): Promise<Result<CheckedFile, 'invalid'>> {
	if (Buffer.byteLength(csv) > MAX_OPPORTUNITY_IMPORT_BYTES) return fail('invalid', { file: 'imports.error.too_large' });
	const parsed = parseCsv(csv);
	const titleOf: Partial<Record<OpportunityColumn, string>> = {};
	const ignoredColumns: string[] = [];
	for (const title of parsed.header) {
		const column = (Object.keys(opportunityColumnTitles) as OpportunityColumn[]).find((c) => opportunityColumnTitles[c].some((t) => columnKey(t) === columnKey(title)));
		if (column && titleOf[column] === undefined) titleOf[column] = title;
		else if (title) ignoredColumns.push(title);
	}
	if (requiredColumns.some((c) => titleOf[c] === undefined)) return fail('invalid', { file: 'reach.import.error.columns' });
	if (!parsed.rows.length) return fail('invalid', { file: 'imports.error.empty' });
	const look = await lookups(ctx);
	const checked = parsed.rows.map((row) => checkRow(row.line, row.values, titleOf, look));
	const rowOf = (r: CheckedRow): OpportunityPreviewRow => ({ line: r.line, title: r.title, organisation: r.organisationName, problems: r.problems });
	const invalid = checked.filter((r) => r.problems.length);
	const valid = checked.filter((r) => !r.problems.length);
	return ok({
		checked,
		preview: {
			invalid: invalid.slice(0, PREVIEW_LISTED).map(rowOf),
			valid: valid.slice(0, PREVIEW_LISTED).map(rowOf),
			ignoredColumns,
			counts: { rows: checked.length, valid: valid.length, invalid: invalid.length }
		}
	});
}

/** Says per row of an agency's CSV file what would be imported and what is wrong where; writes nothing. */
export const previewOpportunityImport = useCase({
	input: ZOpportunityImportFile,
	permission: 'opportunity.import',
	run: async (ctx, { csv }) => {
		const result = await check(ctx, csv);
		return result.ok ? ok(result.value.preview) : result;
	}
});

export interface OpportunityImportSummary {
	created: { id: string; title: string }[];
	status: 'published' | 'draft';
}

const BATCH = 500;

/**
 * All or nothing: every row is checked again, and one row with an error leaves everything as it
 * was. Otherwise the opportunities, their places and fields go in one transaction with one audit
 * entry; published ones expire after the town's period like any other.
 */
export const importOpportunities = useCase({
	input: ZOpportunityImport,
	permission: 'opportunity.import',
	run: async (ctx, { csv, status }) => {
		const result = await check(ctx, csv);
		if (!result.ok) return result;
		const { checked, preview } = result.value;
		if (preview.counts.invalid) return { ok: false as const, error: 'rows_invalid' as const, preview };

		const [settings] = await ctx.db.select({ months: engagementSettings.expiryMonths }).from(engagementSettings).where(eq(engagementSettings.tenantId, ctx.tenant.id));
		const now = new Date();
		const expiresAt = new Date(now);
		expiresAt.setMonth(expiresAt.getMonth() + (settings?.months ?? DEFAULT_EXPIRY_MONTHS));

		const rows: (typeof opportunities.$inferInsert)[] = [];
		const placeLinks: (typeof opportunityPlaces.$inferInsert)[] = [];
		const fieldLinks: (typeof opportunityFields.$inferInsert)[] = [];
		const created: OpportunityImportSummary['created'] = [];
		for (const row of checked) {
			const { placeIds, fieldIds, ...columns } = row.opportunity!;
			const id = randomUUID();
			rows.push({
				...columns,
				id,
				tenantId: ctx.tenant.id,
				organisationId: row.organisationId!,
				status,
				publishedAt: status === 'published' ? now : null,
				expiresAt: status === 'published' ? expiresAt : null,
				createdBy: ctx.actor.accountId
			});
			for (const placeId of placeIds) placeLinks.push({ tenantId: ctx.tenant.id, opportunityId: id, placeId });
			for (const categoryId of fieldIds) fieldLinks.push({ tenantId: ctx.tenant.id, opportunityId: id, categoryId });
			created.push({ id, title: columns.title });
		}
		await ctx.db.transaction(async (tx) => {
			for (let i = 0; i < rows.length; i += BATCH) await tx.insert(opportunities).values(rows.slice(i, i + BATCH));
			for (let i = 0; i < placeLinks.length; i += 2 * BATCH) await tx.insert(opportunityPlaces).values(placeLinks.slice(i, i + 2 * BATCH));
			for (let i = 0; i < fieldLinks.length; i += 2 * BATCH) await tx.insert(opportunityFields).values(fieldLinks.slice(i, i + 2 * BATCH));
			await recordAudit(tx, ctx.actor, { action: 'opportunities.imported', entityType: 'tenant', entityId: ctx.tenant.id, after: { rows: rows.length, status } });
		});
		return ok({ created, status } satisfies OpportunityImportSummary);
	}
});
