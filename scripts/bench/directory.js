// npm run bench:directory — the directory with 20,000 organisations on the embedded database.
// Targets (issue "Vereinsregister"): p95 under 30 ms for a search page's data, under 200 ms for
// the GeoJSON of all places. Runs through vite-node, so it calls the same module code the pages do.
import { mkdtempSync, rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine } from './server.js';
import { openDatabase } from '../../src/lib/server/db/client';
import '../../src/lib/server/registry';
import { prepareBenchTenant } from './tenant.js';
import { seedSyntheticDirectory } from '../../src/lib/server/seed/synthetic';
import { directoryLetters, listCategories, listDistrictNames, searchOrganisations, ZDirectoryQuery } from '../../src/lib/server/modules/directory';
import { placesGeoJson, placesGeoJsonDocument } from '../../src/lib/server/modules/directory/places/places-geojson';
import { listDistricts } from '../../src/lib/server/modules/directory/search/queries';

const ORGANISATIONS = Number(process.env.ORGANISATIONS ?? 20_000);
const RUNS = Number(process.env.RUNS ?? 60);

const dataDir = mkdtempSync(join(tmpdir(), 'gemeinwerk-bench-directory-'));
const database = await openDatabase({ dataDir });
try {
	const db = database.db;
	const tenant = await prepareBenchTenant(database, 'NW');
	let began = performance.now();
	const { places } = await seedSyntheticDirectory(db, tenant.id, ORGANISATIONS, 1);
	console.log(`prepared ${ORGANISATIONS} organisations and ${places} places in ${((performance.now() - began) / 1000).toFixed(1)} s`);
	began = performance.now();
	// As the server does after its start and then nightly (the embedded database has no autovacuum).
	await db.execute(sql`vacuum (analyze)`);
	console.log(`vacuum (analyze): ${Math.round(performance.now() - began)} ms`);

	const [district] = await listDistricts(db, tenant.id);
	/** What the list page loads for one address, in parallel as its load function does. */
	const pageData = (params) => {
		const query = ZDirectoryQuery.parse(params);
		return Promise.all([searchOrganisations(db, tenant.id, query), directoryLetters(db, tenant.id), listCategories(db, tenant.id), listDistrictNames(db, tenant.id)]);
	};
	const ctx = { db, tenant, locale: 'de', baseUrl: 'https://engagement.example' };
	const scenarios = [
		{ name: 'search page: text "Sportverein"', run: () => pageData({ q: 'Sportverein' }) },
		{ name: 'search page: field "sport"', run: () => pageData({ feld: 'sport' }) },
		{ name: `search page: district "${district.slug}"`, run: () => pageData({ stadtteil: district.slug }) },
		{ name: 'search page: A–Z, first page', run: () => pageData({}) },
		{ name: 'search page: A–Z, letter S, page 3', run: () => pageData({ buchstabe: 'S', seite: '3' }) },
		{ name: 'search page: kind "initiative"', run: () => pageData({ art: 'initiative' }) },
		{ name: 'search page: network members, text "verein"', run: () => pageData({ netzwerk: '1', q: 'verein' }) },
		{ name: 'GeoJSON of all places, as served (kept until the next write)', run: () => placesGeoJsonDocument(ctx, {}).then((d) => d.body), target: 200 },
		{ name: 'GeoJSON of all places, compressed, as served', run: () => placesGeoJsonDocument(ctx, {}).then((d) => d.gzipped()), target: 200 },
		// What the first request after a write waits for.
		{ name: 'part: building the GeoJSON of all places', run: () => placesGeoJson(ctx, {}), part: true },
		// The parts of a search page, to see where its time goes.
		{ name: 'part: directoryLetters (A–Z bar)', run: () => directoryLetters(db, tenant.id), part: true },
		{ name: 'part: searchOrganisations, text', run: () => searchOrganisations(db, tenant.id, ZDirectoryQuery.parse({ q: 'Sportverein' })), part: true },
		{ name: 'part: searchOrganisations, field', run: () => searchOrganisations(db, tenant.id, ZDirectoryQuery.parse({ feld: 'sport' })), part: true },
		{ name: 'part: searchOrganisations, district', run: () => searchOrganisations(db, tenant.id, ZDirectoryQuery.parse({ stadtteil: district.slug })), part: true },
		{ name: 'part: searchOrganisations, A–Z', run: () => searchOrganisations(db, tenant.id, ZDirectoryQuery.parse({})), part: true },
		{ name: 'part: searchOrganisations, letter S p. 3', run: () => searchOrganisations(db, tenant.id, ZDirectoryQuery.parse({ buchstabe: 'S', seite: '3' })), part: true }
	];

	const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
	console.log(`\n| measurement | runs | p50 ms | p95 ms | max ms | target p95 |\n|---|---|---|---|---|---|`);
	const missed = [];
	for (const scenario of scenarios) {
		for (let i = 0; i < 5; i++) await scenario.run(); // warm-up: caches and plans
		const times = [];
		for (let i = 0; i < RUNS; i++) {
			const start = performance.now();
			await scenario.run();
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		const target = scenario.part ? '–' : `< ${scenario.target ?? 30}`;
		const p95 = percentile(times, 95);
		if (!scenario.part && p95 >= (scenario.target ?? 30)) missed.push(scenario.name);
		console.log(`| ${scenario.name} | ${RUNS} | ${percentile(times, 50).toFixed(1)} | ${p95.toFixed(1)} | ${times.at(-1).toFixed(1)} | ${target} |`);
	}
	const served = await placesGeoJsonDocument(ctx, {});
	console.log(`\nGeoJSON size: ${(served.body.length / 2 ** 20).toFixed(1)} MiB, compressed ${((await served.gzipped()).length / 2 ** 20).toFixed(1)} MiB`);
	const load = (await import('node:os')).loadavg()[0].toFixed(2);
	console.log(`machine: ${await machine()}, ${new Date().toISOString().slice(0, 10)}, load average ${load}, embedded database (PGlite) in a temporary folder`);
	if (missed.length) console.log(`\nMISSED TARGET: ${missed.join('; ')}`);
} finally {
	await database.close();
	rmSync(dataDir, { recursive: true, force: true });
}
