import { expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import type { Tenant } from '$lib/server/core/tenants';
import { parseCsv } from '$lib/server/core/csv';
import { listAudit } from '$lib/server/core/audit';
import { opportunities, opportunityFields, opportunityPlaces } from '../schema';
import { importOpportunities, previewOpportunityImport } from './import-opportunities';
import { exportOpportunities, type ExportedOpportunity } from './export-opportunities';
import { placesTable } from '$lib/server/modules/directory';
import { insertOpportunity, reachTown } from './fixtures';

const header = 'Organisation;Titel;Art des Engagements;Aufgaben;Engagementfelder;Orte;Stadtteile;Ortsunabhängig;Beginn;Mindestalter;Willkommen;Sprachen;Wir bieten;Ansprechperson E-Mail;Notiz';
const csv = (...rows: string[]) => [header, ...rows].join('\r\n');

describeOnDatabases('importing and exporting opportunities', (env) => {
	async function town() {
		const tenant = await env().tenant();
		const organisationId = await env().organisation(tenant, { name: 'Lesefreunde Hafen e. V.' });
		const place = await reachTown(env().db, tenant, organisationId);
		const single = await env().organisation(tenant, { name: 'Tafel Nordaue' });
		const [only] = await env().db.insert(placesTable).values({ tenantId: tenant.id, organisationId: single, name: 'Ausgabestelle' }).returning();
		const coordinator = env().ctx(tenant, (await env().account(tenant, ['coordinator'])).actor);
		return { tenant, organisationId, place, single, onlyPlaceId: only.id, coordinator };
	}
	const count = async (tenant: Tenant) => (await env().db.select().from(opportunities).where(eq(opportunities.tenantId, tenant.id))).length;

	it('preview every row: what is fine, each error with its column, the columns ignored', async () => {
		const { tenant, place, coordinator } = await town();
		const rows = [
			`Lesefreunde Hafen;Lesepatenschaft;Regelmäßig;Vorlesen in der Kita;Bildung;Stadtteiltreff;;nein;01.09.2026;16;Senior*innen;Deutsch, Türkisch;Versicherungsschutz;lesen@hafen.example;intern`,
			`lesefreunde hafen e.v.;Telefonpatenschaft;spontan;Anrufen;;;;ja;;;;;;;`,
			`Lesefreunde Hafen e. V.;Platzpflege;einmalig;;;;${place.districtSlug};;;;;;;;`,
			`Unbekannter Verein;Irgendwas;manchmal;;Klingonisch;;;vielleicht;31.02.2026;3;Alle;;;kein-mail;`,
			`Lesefreunde Hafen e. V.;;Regelmäßig;;;Rathaus;Nirgendwo;;;;;;;;`
		];
		const preview = valueOf(await previewOpportunityImport(coordinator, { csv: csv(...rows) }));
		expect(preview.counts).toEqual({ rows: 5, valid: 3, invalid: 2 });
		expect(preview.ignoredColumns).toEqual(['Notiz']);
		expect(preview.valid.map((r) => [r.line, r.title, r.organisation])).toEqual([
			[2, 'Lesepatenschaft', 'Lesefreunde Hafen e. V.'],
			[3, 'Telefonpatenschaft', 'Lesefreunde Hafen e. V.'],
			[4, 'Platzpflege', 'Lesefreunde Hafen e. V.']
		]);
		const problems = Object.fromEntries(preview.invalid.map((r) => [r.line, r.problems.map((p) => `${p.column}: ${p.message}`)]));
		expect(problems[5]).toEqual([
			'Organisation: reach.import.error.organisation_unknown',
			'Art des Engagements: reach.import.error.commitment',
			'Engagementfelder: imports.error.category',
			'Ortsunabhängig: imports.error.yes_no',
			'Willkommen: imports.error.unknown_value',
			'Beginn: error.date',
			'Mindestalter: engagement.error.min_age',
			'Ansprechperson E-Mail: error.email'
		]);
		expect(problems[6]).toEqual(['Orte: reach.import.error.place', 'Stadtteile: reach.import.error.district', 'Titel: error.required']);
		expect(await count(tenant)).toBe(0);
	});

	it('import nothing while one row has an error, then all rows in one go', async () => {
		const { tenant, organisationId, place, single, onlyPlaceId, coordinator } = await town();
		const good = `Lesefreunde Hafen e. V.;Lesepatenschaft;Regelmäßig;Vorlesen;Bildung;Stadtteiltreff;;nein;01.09.2026;16;Senior*innen;Deutsch;Versicherungsschutz;lesen@hafen.example;`;
		const refused = await importOpportunities(coordinator, { csv: csv(good, `Lesefreunde Hafen e. V.;;Regelmäßig;;;;;ja;;;;;;;`), status: 'published' });
		expect(refused).toMatchObject({ ok: false, error: 'rows_invalid', preview: { counts: { rows: 2, valid: 1, invalid: 1 } } });
		expect(await count(tenant)).toBe(0);

		// By id; and a club with one place only needs none named.
		const rowsIn = csv(good, `${organisationId};Telefonpatenschaft;spontan;;;;;ja;;;;;;;`, `Tafel Nordaue;Lebensmittel sortieren;regelmäßig;;;;;;;;;;;;`);
		const done = valueOf(await importOpportunities(coordinator, { csv: rowsIn, status: 'published' }));
		expect(done.created.map((c) => c.title)).toEqual(['Lesepatenschaft', 'Telefonpatenschaft', 'Lebensmittel sortieren']);
		const rows = await env().db.select().from(opportunities).where(eq(opportunities.tenantId, tenant.id)).orderBy(opportunities.title);
		expect(rows.map((r) => [r.title, r.status, r.commitment, r.online, r.organisationId])).toEqual([
			['Lebensmittel sortieren', 'published', 'regular', false, single],
			['Lesepatenschaft', 'published', 'regular', false, organisationId],
			['Telefonpatenschaft', 'published', 'spontaneous', true, organisationId]
		]);
		const sorted = await env().db.select().from(opportunityPlaces).where(eq(opportunityPlaces.opportunityId, rows[0].id));
		expect(sorted.map((l) => l.placeId)).toEqual([onlyPlaceId]);
		rows.shift();
		expect(rows[0]).toMatchObject({ startsOn: '2026-09-01', minAge: 16, targetGroups: ['seniors'], languages: ['de'], offers: ['insurance'], contactEmail: 'lesen@hafen.example' });
		expect(rows[0].publishedAt).not.toBeNull();
		// Six months by default.
		expect(Math.round((rows[0].expiresAt!.getTime() - rows[0].publishedAt!.getTime()) / 86_400_000)).toBeGreaterThanOrEqual(181);
		const links = await env().db.select().from(opportunityPlaces).where(eq(opportunityPlaces.opportunityId, rows[0].id));
		expect(links.map((l) => l.placeId)).toEqual([place.placeId]);
		const fields = await env().db.select().from(opportunityFields).where(eq(opportunityFields.opportunityId, rows[0].id));
		expect(fields.map((f) => f.categoryId)).toEqual([place.categoryId]);
		const [entry] = (await listAudit(env().db, tenant.id, { action: 'opportunities.imported' })).items;
		expect(entry.after).toEqual({ rows: 3, status: 'published' });
	});

	it('import drafts when asked, and only for the office', async () => {
		const { tenant, coordinator } = await town();
		const file = csv(`Lesefreunde Hafen e. V.;Deichputz;einmalig;;;;;ja;;;;;;;`);
		const resident = env().ctx(tenant, (await env().account(tenant)).actor);
		expect(await previewOpportunityImport(resident, { csv: file })).toEqual({ ok: false, error: 'forbidden' });
		expect(await importOpportunities(resident, { csv: file, status: 'published' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await previewOpportunityImport(coordinator, { csv: 'Titel;Aufgaben\r\nX;Y' })).toEqual({ ok: false, error: 'invalid', fields: { file: 'reach.import.error.columns' } });
		valueOf(await importOpportunities(coordinator, { csv: file, status: 'draft' }));
		const [row] = await env().db.select().from(opportunities).where(eq(opportunities.tenantId, tenant.id));
		expect(row).toMatchObject({ title: 'Deichputz', status: 'draft', publishedAt: null, expiresAt: null });
	});

	it('export every opportunity as CSV the import reads back, and as JSON, for the office only', async () => {
		const { tenant, organisationId, place, coordinator } = await town();
		await insertOpportunity(env().db, tenant, {
			organisationId,
			title: '=Formel; "Zitat"',
			commitment: 'project',
			placeIds: [place.placeId],
			fieldIds: [place.categoryId],
			contactEmail: 'kontakt@hafen.example',
			languages: ['de', 'tr']
		});
		await insertOpportunity(env().db, tenant, { organisationId, title: 'Entwurf', status: 'draft', online: true, publishedAt: null });
		const resident = env().ctx(tenant, (await env().account(tenant)).actor);
		expect(await exportOpportunities(resident, { format: 'csv' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await exportOpportunities(coordinator, { format: 'xml' })).toMatchObject({ ok: false, error: 'invalid' });

		const file = valueOf(await exportOpportunities(coordinator, { format: 'csv' }));
		expect(file.contentType).toBe('text/csv; charset=utf-8');
		const parsed = parseCsv(file.body);
		expect(parsed.header.slice(0, 3)).toEqual(['Organisation', 'Titel', 'Art des Engagements']);
		expect(parsed.rows.map((r) => [r.values.Titel, r.values.Status, r.values['Art des Engagements'], r.values.Orte, r.values.Stadtteile, r.values.Sprachen])).toEqual([
			['\'=Formel; "Zitat"', 'Veröffentlicht', 'Projektbezogen', 'Stadtteiltreff', 'Hafen', 'Deutsch, Türkisch'],
			['Entwurf', 'Entwurf', 'Regelmäßig', '', '', '']
		]);
		expect(parsed.rows[0].values['Ansprechperson E-Mail']).toBe('kontakt@hafen.example');

		// The same file goes back in (into another town's register it would need the organisations).
		expect(valueOf(await previewOpportunityImport(coordinator, { csv: file.body })).counts).toEqual({ rows: 2, valid: 2, invalid: 0 });

		const json = valueOf(await exportOpportunities(coordinator, { format: 'json' }));
		const body = JSON.parse(json.body) as { count: number; items: ExportedOpportunity[] };
		expect(body.count).toBe(2);
		expect(body.items[1]).toMatchObject({
			title: 'Entwurf',
			status: 'draft',
			online: true,
			organisation: { id: organisationId, name: 'Lesefreunde Hafen e. V.' }
		});
		expect(body.items[0]).toMatchObject({ commitment: 'project', fields: [place.categorySlug], places: [{ id: place.placeId, name: 'Stadtteiltreff', district: 'Hafen' }], languages: ['de', 'tr'] });
	});
});
