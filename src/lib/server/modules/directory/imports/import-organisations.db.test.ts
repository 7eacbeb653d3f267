import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { listAudit } from '$lib/server/core/audit';
import type { Tenant } from '$lib/server/core/tenants';
import { districts, geocodeAddresses } from '../schema';
import { organisations } from '../../../core/organisations/schema';
import { decodeUpload, MAX_IMPORT_BYTES, MAX_MATCHES, NAME_SIMILARITY, normaliseName, packImportFile, SimilarNames, trigrams, unpackImportFile } from './import-organisations';
import { importOrganisations, listCategories, organisationCategoryIds, placesOf, previewOrganisationImport } from '..';
import { findOrganisation } from '../../../core/organisations';
import { testSquare as hafen } from '$lib/server/testing/geometry';

const header =
	'Name;Kurzname;Art;Engagementfelder;Straße;PLZ;Ort;E-Mail;Ansprechperson;Ansprechperson öffentlich (ja/nein);Sprachen;Zielgruppen;Gründungsjahr;Netzwerk;Willensbekundung;Ort-Name;Breitengrad;Längengrad;Notiz';
const csv = (...rows: string[]) => [header, ...rows].join('\r\n');

const good = [
	'Boule-Freunde Hafenstadt e. V.;Boule-Freunde;Verein;Sport, Senioren;Hafenstraße 12;24999;Hafenstadt;info@boule.example;Rita Jansen;ja;Deutsch, Dänisch;Ältere Menschen;1987;ja;15.06.2021;Bouleplatz am Hafen;"54,05";"9,05";intern',
	'Repair-Café Hafenstadt;;Initiative;nachbarschaft;Am Markt 3;24999;Hafenstadt;;;nein;;Alle;;nein;;Werkstatt im Bürgerhaus;;;'
];
const broken = 'Chor ohne Art;;Klub;Gesang;Nirgendweg 1;2499;Hafenstadt;kein-mail;;vielleicht;Klingonisch;;3000;;31.02.;;54,1;;';

describeOnDatabases('register import', (env) => {
	async function coordinatorCtx(tenant: Tenant) {
		return env().ctx(tenant, (await env().account(tenant, ['coordinator'])).actor);
	}
	const count = async (tenant: Tenant) => (await env().db.select().from(organisations).where(eq(organisations.tenantId, tenant.id))).length;

	it('previews every row: what is fine, the errors with line and column, and ignored columns', async () => {
		const tenant = await env().tenant();
		const ctx = await coordinatorCtx(tenant);
		const result = await previewOrganisationImport(ctx, { csv: csv(good[0], broken, good[1]) });
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
		expect(await previewOrganisationImport(ctx, { csv: 'Name;Ort\nTSV;Hafenstadt' })).toEqual({ ok: false, error: 'invalid', fields: { file: 'imports.error.columns' } });
		expect(await previewOrganisationImport(ctx, { csv: header })).toEqual({ ok: false, error: 'invalid', fields: { file: 'imports.error.empty' } });
		expect(await previewOrganisationImport(ctx, { csv: csv(...Array(12_000).fill(good[1])) })).toEqual({ ok: false, error: 'invalid', fields: { file: 'imports.error.too_large' } });
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
		const placeRows = await placesOf(
			env().db,
			tenant.id,
			result.value.created.map((c) => c.id)
		);
		expect(placeRows.map((p) => [p.name, p.lat, p.lng, p.districtId])).toEqual([
			['Bouleplatz am Hafen', 54.05, 9.05, district.id],
			['Werkstatt im Bürgerhaus', 54.02, 9.02, district.id]
		]);

		const audit = await listAudit(env().db, tenant.id, { action: 'organisations.imported' });
		expect(audit.total).toBe(1);
		expect(audit.items[0]).toMatchObject({ actorId: ctx.actor.accountId, after: { rows: 2, created: 2, merged: 0, skipped: 0, places: 2 } });
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
		const preview = await previewOrganisationImport(ctx, { csv: file });
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
		expect(merged).toMatchObject({
			name: 'Turn- und Sportverein Hafenstadt e. V.',
			shortName: 'TSV',
			email: 'info@tsv.example',
			contactName: 'Uwe Brandt',
			contactPublic: true,
			foundingYear: 1890,
			street: 'Deichweg 4'
		});
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

	it('shows a long file page by page: rows with errors first, then possible duplicates, then new ones, with the counts of the whole file', async () => {
		const tenant = await env().tenant();
		const ctx = await coordinatorCtx(tenant);
		await env().organisation(tenant, { name: 'Boule-Freunde Hafenstadt e. V.' });
		const file = csv(good[1], good[0], broken, 'Kanu-Treff Aueufer;;Initiative;;;;;;;;;;;;;;;;');
		const page = async (view: { page?: number; line?: number }) => {
			const result = await previewOrganisationImport(ctx, { ...view, pageSize: 1, csv: file });
			if (!result.ok) throw new Error(JSON.stringify(result));
			return result.value;
		};
		const first = await page({});
		expect(first.counts).toEqual({ rows: 4, valid: 3, invalid: 1, duplicates: 1 });
		expect(first.parts).toEqual({ errors: 1, toDecide: 1, new: 2 });
		expect(first.page).toEqual({ number: 1, count: 4, size: 1 });
		expect(first.rows.map((r) => r.line)).toEqual([4]);
		expect((await page({ page: 2 })).rows.map((r) => [r.line, r.duplicates.length])).toEqual([[3, 1]]);
		expect((await page({ page: 3 })).rows.map((r) => r.line)).toEqual([2]);
		expect((await page({ page: 99 })).page.number).toBe(4);
		expect((await page({ line: 5 })).page.number).toBe(4);
		expect((await page({ line: 3 })).page.number).toBe(2);

		// With the default page size the whole small file is one page, in file order.
		const whole = await previewOrganisationImport(ctx, { csv: file });
		expect(whole.ok && whole.value.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
		expect(whole.ok && whole.value.page).toEqual({ number: 1, count: 1, size: 50 });
	});

	it('finds near duplicates in a file of thousands of rows, against the register and within the file, at most three per row', async () => {
		const tenant = await env().tenant();
		const ctx = await coordinatorCtx(tenant);
		const boule = await env().organisation(tenant, { name: 'Boule-Freunde am Mühlenteich e. V.' });
		for (let k = 0; k < 30; k++) await env().organisation(tenant, { name: `Sportverein Ortsteil ${k} e. V.` });
		// 3,000 names of many kinds and places; a few hundred look alike, as in a real district register.
		const kinds = ['Sportverein', 'Gesangverein', 'Förderverein der Grundschule', 'Freiwillige Feuerwehr', 'Nachbarschaftshilfe', 'Heimatverein'];
		const heads = ['Lind', 'Mühl', 'Berg', 'Kirch', 'Wald', 'Bruch', 'Heid', 'Moor', 'Eich', 'Buch', 'Sand', 'Stein', 'Wies', 'Marsch', 'Geest', 'Deich', 'Tann', 'Birk', 'Esch', 'Hasel'];
		const tails = [
			'werder',
			'au',
			'dorf',
			'feld',
			'heim',
			'hagen',
			'stedt',
			'büttel',
			'wedel',
			'horst',
			'beck',
			'hude',
			'kamp',
			'moor',
			'rade',
			'see',
			'bek',
			'born',
			'brück',
			'furt',
			'ried',
			'loh',
			'wisch',
			'koog',
			'fleth'
		];
		const rows: string[] = [];
		for (let k = 0; rows.length < 3000; k++)
			rows.push(`${kinds[k % kinds.length]} ${heads[Math.floor(k / kinds.length) % heads.length]}${tails[Math.floor(k / (kinds.length * heads.length))]};;Initiative;;;;;;;;;;;;;;;;`);
		rows.splice(1200, 0, 'Boulefreunde am Mühlenteich;;Verein;;;;;;;;;;;;;;;;');
		rows.splice(2500, 0, 'Freiwilige Feuerwehr Lindwerder;;Initiative;;;;;;;;;;;;;;;;');

		const result = await previewOrganisationImport(ctx, { pageSize: 5000, csv: csv(...rows) });
		if (!result.ok) throw new Error(JSON.stringify(result));
		expect(result.value.counts.rows).toBe(3002);
		const row = (line: number) => result.value.rows.find((r) => r.line === line)!;
		expect(row(1202).duplicates).toEqual([{ kind: 'organisation', organisationId: boule, name: 'Boule-Freunde am Mühlenteich e. V.', by: ['name'] }]);
		// Line 5 is "Freiwillige Feuerwehr Lindwerder".
		expect(row(2502).duplicates[0]).toEqual({ kind: 'row', line: 5, name: 'Freiwillige Feuerwehr Lindwerder', by: ['name'] });
		expect(Math.max(...result.value.rows.map((r) => r.duplicates.length))).toBe(MAX_MATCHES);
		expect(result.value.counts.duplicates).toBeLessThan(3002);
	});

	it('is for coordinators of the same municipality only', async () => {
		const tenant = await env().tenant();
		const other = await env().tenant();
		const resident = await env().account(tenant);
		const foreignCoordinator = await env().account(other, ['coordinator']);
		for (const ctx of [env().ctx(tenant, resident.actor), env().ctx(tenant, foreignCoordinator.actor), env().ctx(tenant)]) {
			expect(await previewOrganisationImport(ctx, { csv: csv(...good) })).toEqual({ ok: false, error: 'forbidden' });
			expect(await importOrganisations(ctx, { csv: csv(...good) })).toEqual({ ok: false, error: 'forbidden' });
		}
		expect(await count(tenant)).toBe(0);
		const admin = await env().account(tenant, ['admin']);
		expect((await importOrganisations(env().ctx(tenant, admin.actor), { csv: csv(good[1]) })).ok).toBe(true);
		expect(await count(other)).toBe(0);
		const [row] = await env()
			.db.select()
			.from(organisations)
			.where(and(eq(organisations.tenantId, tenant.id)));
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

it('carries the checked file in a form compressed, and refuses what it did not pack or what would unpack to over 1 MB', () => {
	const file = [header, ...Array(2000).fill(good[0])].join('\r\n');
	const packed = packImportFile(file);
	expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
	expect(packed.length).toBeLessThan(file.length / 10);
	expect(unpackImportFile(packed)).toBe(file);
	expect(unpackImportFile('')).toBeNull();
	expect(unpackImportFile('Name;Art\nTSV;Verein')).toBeNull();
	expect(unpackImportFile(packed.slice(0, -20))).toBeNull();
	expect(unpackImportFile(packImportFile('x'.repeat(MAX_IMPORT_BYTES + 1)))).toBeNull();
});

/** pg_trgm's similarity, pair by pair: what the blocked search must agree with. */
function similarity(a: string, b: string): number {
	const [x, y] = [trigrams(a), trigrams(b)];
	const shared = [...x].filter((g) => y.has(g)).length;
	return shared / (x.size + y.size - shared);
}

it('compares names only within blocks: a near-duplicate pair is found, names that share only common words are not compared', () => {
	const register = Array.from({ length: 2000 }, (_, k) => `Sportverein ${k} Hafenstadt e. V.`);
	const pair = ['Förderverein der Grundschule am Lindenhof', 'Förderverein Grundschule am Lindenhof e. V.'];
	const unrelated = 'Kanu-Treff Aueufer';
	const names = new SimilarNames({ threshold: NAME_SIMILARITY, corpus: [...register, ...pair, unrelated] });
	const clubs = register.map((name) => names.add(name));
	const school = names.add(pair[0]);

	const before = names.comparisons;
	const found = names.similar(pair[1], NAME_SIMILARITY, MAX_MATCHES);
	expect(found).toEqual([{ index: school, score: similarity(pair[0], pair[1]) }]);
	expect(found[0].score).toBeGreaterThanOrEqual(NAME_SIMILARITY);
	// Both share "verein" with all 2,000 sports clubs, and "e. V." with the second; neither brings them together.
	expect(names.comparisons - before).toBe(1);
	expect(names.similar(unrelated)).toEqual([]);
	expect(names.comparisons - before).toBe(1);
	// A sports club meets the clubs whose number shares a rare trigram with its own, not all 2,000.
	const club = names.similar('Sportverein 1234 Hafenstadt e. V.');
	expect(club[0]).toEqual({ index: clubs[1234], score: 1 });
	expect(names.comparisons - before).toBeLessThan(60);
});

it('finds exactly the pairs a comparison of every pair finds, in blocks', () => {
	const words = ['Turn', 'Sport', 'Verein', 'Hafen', 'Stadt', 'Chor', 'Shanty', 'Tafel', 'Lese', 'Paten', 'Mühle', 'Freunde'];
	const names = Array.from({ length: 40 }, (_, k) => `${words[k % 12]}${words[(k * 5) % 12].toLowerCase()} ${words[(k * 7 + 3) % 12]} ${k % 3 ? 'e. V.' : ''}`.trim());
	const index = new SimilarNames({ threshold: NAME_SIMILARITY, corpus: names });
	for (const [k, name] of names.entries()) {
		const expected = names
			.slice(0, k)
			.map((other, i) => ({ i, score: similarity(name, other) }))
			.filter((p) => p.score >= NAME_SIMILARITY);
		const found = index.similar(name);
		// Names with the same trigrams share an entry: compare by score and the names behind them.
		expect(new Set(found.map((f) => f.score.toFixed(6))), name).toEqual(new Set(expected.map((e) => e.score.toFixed(6))));
		index.add(name);
	}
});
