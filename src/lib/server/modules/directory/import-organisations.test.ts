import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { listAudit } from '$lib/server/core/audit';
import type { Tenant } from '$lib/server/core/tenants';
import { districts, geocodeAddresses, organisations } from './schema';
import { decodeUpload, normaliseName, SimilarNames } from './import-organisations';
import { findOrganisation, importOrganisations, listCategories, organisationCategoryIds, placesOf, previewOrganisationImport } from '.';

const header = 'Name;Kurzname;Art;Engagementfelder;Straße;PLZ;Ort;E-Mail;Ansprechperson;Ansprechperson öffentlich (ja/nein);Sprachen;Zielgruppen;Gründungsjahr;Netzwerk;Willensbekundung;Ort-Name;Breitengrad;Längengrad;Notiz';
const csv = (...rows: string[]) => [header, ...rows].join('\r\n');

const good = [
	'Boule-Freunde Hafenstadt e. V.;Boule-Freunde;Verein;Sport, Senioren;Hafenstraße 12;24999;Hafenstadt;info@boule.example;Rita Jansen;ja;Deutsch, Dänisch;Ältere Menschen;1987;ja;15.06.2021;Bouleplatz am Hafen;"54,05";"9,05";intern',
	'Repair-Café Hafenstadt;;Initiative;nachbarschaft;Am Markt 3;24999;Hafenstadt;;;nein;;Alle;;nein;;Werkstatt im Bürgerhaus;;;'
];
const broken = 'Chor ohne Art;;Klub;Gesang;Nirgendweg 1;2499;Hafenstadt;kein-mail;;vielleicht;Klingonisch;;3000;;31.02.;;54,1;;';

const hafen = { type: 'Polygon', coordinates: [[[9, 54], [9.1, 54], [9.1, 54.1], [9, 54.1], [9, 54]]] };

describeOnDatabases('register import', (env) => {
	async function coordinatorCtx(tenant: Tenant) {
		return env().ctx(tenant, (await env().account(tenant, ['coordinator'])).actor);
	}
	const count = async (tenant: Tenant) => (await env().db.select().from(organisations).where(eq(organisations.tenantId, tenant.id))).length;

	it('previews every row: what is fine, the errors with line and column, and ignored columns', async () => {
		const tenant = await env().tenant();
		const ctx = await coordinatorCtx(tenant);
		const result = await previewOrganisationImport(ctx, csv(good[0], broken, good[1]));
		if (!result.ok) throw new Error(JSON.stringify(result));
		const preview = result.value;
		expect(preview.counts).toEqual({ rows: 3, valid: 2, invalid: 1, duplicates: 0 });
		expect(preview.ignoredColumns).toEqual(['Notiz']);
		expect(preview.rows.map((r) => [r.line, r.name, r.problems.length > 0, r.hasPlace])).toEqual([
			[2, 'Boule-Freunde Hafenstadt e. V.', false, true],
			[3, 'Chor ohne Art', true, false],
			[4, 'Repair-Café Hafenstadt', false, true]
		]);
		expect(preview.rows[1].problems).toEqual([
			{ column: 'Art', message: 'imports.error.kind', params: { value: 'Klub' } },
			{ column: 'Engagementfelder', message: 'imports.error.category', params: { value: 'Gesang' } },
			{ column: 'Ansprechperson öffentlich (ja/nein)', message: 'imports.error.yes_no', params: { value: 'vielleicht' } },
			{ column: 'Sprachen', message: 'imports.error.unknown_value', params: { value: 'Klingonisch' } },
			{ column: 'PLZ', message: 'error.postcode' },
			{ column: 'E-Mail', message: 'error.email' },
			{ column: 'Gründungsjahr', message: 'error.year' },
			{ column: 'Willensbekundung', message: 'imports.error.date', params: { value: '31.02.' } },
			{ column: 'Längengrad', message: 'imports.error.coordinates_pair' }
		]);
		expect(await count(tenant)).toBe(0);
	});

	it('accepts the example file of docs/import.md', async () => {
		const tenant = await env().tenant();
		const ctx = await coordinatorCtx(tenant);
		const example = /```csv\n([\s\S]*?)```/.exec(readFileSync('docs/import.md', 'utf8'))![1];
		const result = await importOrganisations(ctx, { csv: example });
		expect(result).toMatchObject({ ok: true, value: { created: [{}, {}, {}], places: 2 } });
	});

	it('refuses files without the required columns, empty files and files over 1 MB', async () => {
		const tenant = await env().tenant();
		const ctx = await coordinatorCtx(tenant);
		expect(await previewOrganisationImport(ctx, 'Name;Ort\nTSV;Hafenstadt')).toEqual({ ok: false, error: 'invalid', fields: { file: 'imports.error.columns' } });
		expect(await previewOrganisationImport(ctx, header)).toEqual({ ok: false, error: 'invalid', fields: { file: 'imports.error.empty' } });
		expect(await previewOrganisationImport(ctx, csv(...Array(12_000).fill(good[1])))).toEqual({ ok: false, error: 'invalid', fields: { file: 'imports.error.too_large' } });
	});

	it('is all or nothing: one broken row and not even the good rows are written', async () => {
		const tenant = await env().tenant();
		const ctx = await coordinatorCtx(tenant);
		const result = await importOrganisations(ctx, { csv: csv(good[0], broken, good[1]) });
		expect(result).toMatchObject({ ok: false, error: 'rows_invalid', preview: { counts: { invalid: 1 } } });
		expect(await count(tenant)).toBe(0);
		expect((await listAudit(env().db, tenant.id, { action: 'organisations.imported' })).total).toBe(0);
	});

	it('imports published organisations with categories and places located by pin or address table, and audits once', async () => {
		const tenant = await env().tenant();
		const ctx = await coordinatorCtx(tenant);
		const [district] = await env().db.insert(districts).values({ tenantId: tenant.id, slug: 'hafen', name: 'Hafen', geometry: hafen }).returning();
		await env().db.insert(geocodeAddresses).values({ tenantId: tenant.id, postcode: '24999', streetKey: 'am markt', houseNumber: '', lat: 54.02, lng: 9.02 });
		const result = await importOrganisations(ctx, { csv: csv(...good) });
		if (!result.ok) throw new Error(JSON.stringify(result));
		expect(result.value.created.map((c) => c.name)).toEqual(['Boule-Freunde Hafenstadt e. V.', 'Repair-Café Hafenstadt']);
		expect(result.value).toMatchObject({ merged: [], mergedRows: 0, skipped: 0, places: 2 });

		const boule = (await findOrganisation(env().db, tenant.id, result.value.created[0].id))!;
		expect(boule).toMatchObject({
			status: 'published',
			shortName: 'Boule-Freunde',
			kind: 'club',
			contactName: 'Rita Jansen',
			contactPublic: true,
			languages: ['de', 'da'],
			targetGroups: ['seniors'],
			foundingYear: 1987,
			networkMember: true,
			networkDeclaredAt: '2021-06-15',
			createdBy: ctx.actor.accountId
		});
		const slugs = new Map((await listCategories(env().db, tenant.id)).map((c) => [c.id, c.slug]));
		expect((await organisationCategoryIds(env().db, tenant.id, boule.id)).map((id) => slugs.get(id)).sort()).toEqual(['senioren', 'sport']);
		const placeRows = await placesOf(env().db, tenant.id, result.value.created.map((c) => c.id));
		expect(placeRows.map((p) => [p.name, p.lat, p.lng, p.districtId])).toEqual([
			['Bouleplatz am Hafen', 54.05, 9.05, district.id],
			['Werkstatt im Bürgerhaus', 54.02, 9.02, district.id]
		]);

		const audit = await listAudit(env().db, tenant.id, { action: 'organisations.imported' });
		expect(audit.total).toBe(1);
		expect(audit.rows[0]).toMatchObject({ actorId: ctx.actor.accountId, after: { rows: 2, created: 2, merged: 0, skipped: 0, places: 2 } });
	});

	it('offers duplicates by name and by address, against the register and within the file, and does what the coordinator chose', async () => {
		const tenant = await env().tenant();
		const ctx = await coordinatorCtx(tenant);
		const tsv = await env().organisation(tenant, { name: 'Turn- und Sportverein Hafenstadt e. V.', street: 'Deichweg 4', postcode: '24999', description: '' });
		const chor = await env().organisation(tenant, { name: 'Shanty-Chor', street: 'Hafenstr. 12', postcode: '24999', email: 'chor@shanty.example' });
		const file = csv(
			'Turn und Sportverein Hafenstadt;TSV;Verein;Sport;;;;info@tsv.example;Uwe Brandt;ja;;;1890;;;Sporthalle;54,01;9,01;',
			'Seemannsmission;;Einrichtung;;Hafenstraße 12;24999;Hafenstadt;info@mission.example;;;;;;;;;;;',
			'Lesepaten Hafenstadt;;Initiative;Bildung;;;;;;;;;;;;;;;',
			'Lesepaten Hafenstadt e.V.;;Verein;Bildung;;;;lesen@paten.example;;;;;;;;;;;'
		);
		const preview = await previewOrganisationImport(ctx, file);
		if (!preview.ok) throw new Error(JSON.stringify(preview));
		expect(preview.value.counts).toMatchObject({ rows: 4, invalid: 0, duplicates: 3 });
		expect(preview.value.rows.map((r) => r.duplicates)).toEqual([
			[{ kind: 'organisation', organisationId: tsv, name: 'Turn- und Sportverein Hafenstadt e. V.', by: ['name'] }],
			[{ kind: 'organisation', organisationId: chor, name: 'Shanty-Chor', by: ['address'] }],
			[],
			[{ kind: 'row', line: 4, name: 'Lesepaten Hafenstadt', by: ['name'] }]
		]);

		// Line 2 merges into the TSV, line 3 is skipped (the default), line 5 merges into line 4.
		const result = await importOrganisations(ctx, { csv: file, decisions: { '2': `org:${tsv}`, '5': 'line:4' } });
		if (!result.ok) throw new Error(JSON.stringify(result));
		expect(result.value).toMatchObject({ created: [{ name: 'Lesepaten Hafenstadt' }], merged: [{ id: tsv }], mergedRows: 2, skipped: 1, places: 1 });
		const merged = (await findOrganisation(env().db, tenant.id, tsv))!;
		// Empty fields are filled; the name and address it had stay.
		expect(merged).toMatchObject({ name: 'Turn- und Sportverein Hafenstadt e. V.', shortName: 'TSV', email: 'info@tsv.example', contactName: 'Uwe Brandt', contactPublic: true, foundingYear: 1890, street: 'Deichweg 4' });
		expect((await placesOf(env().db, tenant.id, [tsv])).map((p) => p.name)).toEqual(['Sporthalle']);
		expect((await findOrganisation(env().db, tenant.id, chor))?.email).toBe('chor@shanty.example');
		const lesepaten = (await findOrganisation(env().db, tenant.id, result.value.created[0].id))!;
		expect(lesepaten).toMatchObject({ kind: 'initiative', email: 'lesen@paten.example' });
		expect(await count(tenant)).toBe(3);
	});

	it('refuses merging into organisations it cannot see or rows that are skipped, and writes nothing', async () => {
		const tenant = await env().tenant();
		const other = await env().tenant();
		const ctx = await coordinatorCtx(tenant);
		const foreign = await env().organisation(other, { name: 'Lesepaten Hafenstadt' });
		const file = csv('Lesepaten Hafenstadt;;Initiative;;;;;;;;;;;;;;;;', 'Lesepaten Hafenstadt;;Initiative;;;;;;;;;;;;;;;;');
		expect(await importOrganisations(ctx, { csv: file, decisions: { '2': `org:${foreign}` } })).toEqual({
			ok: false,
			error: 'decisions',
			fields: { 'decision-2': 'imports.error.merge_target' }
		});
		expect(await importOrganisations(ctx, { csv: file, decisions: { '2': 'skip', '3': 'line:2' } })).toEqual({
			ok: false,
			error: 'decisions',
			fields: { 'decision-3': 'imports.error.merge_target' }
		});
		expect(await count(tenant)).toBe(0);
		expect((await findOrganisation(env().db, other.id, foreign))?.description).toBe('');
	});

	it('measures name similarity exactly as pg_trgm does', async () => {
		const pairs = [
			['Turn- und Sportverein Hafenstadt e. V.', 'Turn und Sportverein Hafenstadt'],
			['Sportverein', 'Turn- und Sportverein Lindwerder von 1892 e. V.'],
			['Förderverein Mühlenau', 'Foerderverein Muehlenau'],
			['Shanty-Chor', 'Shantychor Hafenstadt'],
			['Lesepaten', 'Tafel']
		];
		for (const [a, b] of pairs) {
			const { rows } = (await env().db.execute(sql`select similarity(${a}, ${b}) as score`)) as unknown as { rows: { score: number }[] };
			const names = new SimilarNames();
			names.add(b);
			expect(names.similar(a, 0)[0]?.score ?? 0, `${a} / ${b}`).toBeCloseTo(Number(rows[0].score), 5);
		}
	});

	it('is for coordinators of the same municipality only', async () => {
		const tenant = await env().tenant();
		const other = await env().tenant();
		const resident = await env().account(tenant);
		const foreignCoordinator = await env().account(other, ['coordinator']);
		for (const ctx of [env().ctx(tenant, resident.actor), env().ctx(tenant, foreignCoordinator.actor), env().ctx(tenant)]) {
			expect(await previewOrganisationImport(ctx, csv(...good))).toEqual({ ok: false, error: 'forbidden' });
			expect(await importOrganisations(ctx, { csv: csv(...good) })).toEqual({ ok: false, error: 'forbidden' });
		}
		expect(await count(tenant)).toBe(0);
		const admin = await env().account(tenant, ['admin']);
		expect((await importOrganisations(env().ctx(tenant, admin.actor), { csv: csv(good[1]) })).ok).toBe(true);
		expect(await count(other)).toBe(0);
		const [row] = await env().db.select().from(organisations).where(and(eq(organisations.tenantId, tenant.id)));
		expect(row.name).toBe('Repair-Café Hafenstadt');
	});
});

it('reads uploads in UTF-8 and in the Windows character set', () => {
	expect(decodeUpload(new TextEncoder().encode('Straße;Größe'))).toBe('Straße;Größe');
	expect(decodeUpload(Uint8Array.from([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65]))).toBe('Straße');
});

it('normalises names so spellings of the same organisation meet', () => {
	expect(normaliseName('Turn- und Sportverein Hafenstadt e. V.')).toBe(normaliseName('turn und sportverein hafenstadt EV'));
	expect(normaliseName('Förderverein Mühlenau e.V.')).toBe('forderverein muhlenau');
});
