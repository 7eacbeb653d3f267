// npm run bench:import — the register import's preview of a 20,000-row file on the embedded
// database, against a register of 2,000 organisations. Targets: under 10 s and under 300 MB.
// Runs through vite-node, so it calls the same module code the import page does. The database is
// prepared first; each measurement then runs in a process of its own, so its peak memory is its own.
// ROWS and REGISTER change the sizes, SCENARIOS picks measurements, KEEP=1 keeps the folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { machine } from './server.js';
import { openDatabase } from '../../src/lib/server/db/client';
import '../../src/lib/server/registry';
import { findTenantBySlug } from '../../src/lib/server/core/tenants';
import { prepareBenchTenant } from './tenant.js';
import { findAccountByEmail, loadActor, provisionAccount } from '../../src/lib/server/core/accounts';
import { seededRandom as random, seedSyntheticDirectory } from '../../src/lib/server/seed/synthetic';
import { organisations } from '../../src/lib/server/core/organisations/schema';
import { importOrganisations, previewOrganisationImport } from '../../src/lib/server/modules/directory';
import { MAX_IMPORT_BYTES, packImportFile } from '../../src/lib/server/modules/directory/imports/import-organisations';

const ROWS = Number(process.env.ROWS ?? 20_000);
const REGISTER = Number(process.env.REGISTER ?? 2_000);
const COORDINATOR = 'koordination@bench.example';
const PASSWORD = 'Messen-im-Rathaus-Keller-7';
const TARGET_SECONDS = 10;
const TARGET_MB = 300;

/* ------------------------------------------------------------------ the files */

const bases = [
	['Sportverein', 'Verein'],
	['Turnverein', 'Verein'],
	['Tennisclub', 'Verein'],
	['Schützenverein', 'Verein'],
	['Reitverein', 'Verein'],
	['Angelverein', 'Verein'],
	['Gesangverein', 'Verein'],
	['Männerchor', 'Verein'],
	['Posaunenchor', 'Verein'],
	['Musikzug', 'Verein'],
	['Heimatverein', 'Verein'],
	['Bürgerverein', 'Verein'],
	['Kulturkreis', 'Verein'],
	['Theatergruppe', 'Initiative'],
	['Landfrauen', 'Verein'],
	['Förderverein der Grundschule', 'Verein'],
	['Förderverein der Feuerwehr', 'Verein'],
	['Freiwillige Feuerwehr', 'Einrichtung'],
	['Jugendfeuerwehr', 'Einrichtung'],
	['DRK-Ortsverein', 'Verein'],
	['Seniorenbeirat', 'Initiative'],
	['Nachbarschaftshilfe', 'Initiative'],
	['Repair-Café', 'Initiative'],
	['Lesepaten', 'Initiative'],
	['Tafel', 'Verein'],
	['Kleiderkammer', 'Initiative'],
	['Bürgerbus', 'Verein'],
	['Jugendtreff', 'Einrichtung'],
	['Familienzentrum', 'Einrichtung'],
	['Kindergarten-Förderverein', 'Verein'],
	['Kirchengemeinde', 'Kirchengemeinde'],
	['Bürgerstiftung', 'Stiftung'],
	['Kleingartenverein', 'Verein'],
	['Imkerverein', 'Verein'],
	['Naturschutzbund-Gruppe', 'Initiative'],
	['Hospizgruppe', 'Initiative'],
	['Sozialverband-Ortsverband', 'Verein'],
	['Boßelverein', 'Verein'],
	['Ringreiterverein', 'Verein'],
	['Dorfgemeinschaft', 'Verein']
];
// 40 × 20 invented place names, as many a district's villages and quarters have.
const heads = [
	'Lind',
	'Mühl',
	'Berg',
	'Hafen',
	'Kirch',
	'Wald',
	'Bruch',
	'Heid',
	'Moor',
	'Eich',
	'Buch',
	'Ros',
	'Sand',
	'Stein',
	'Wies',
	'Feld',
	'Hol',
	'Marsch',
	'Geest',
	'Deich',
	'Brunn',
	'Linden',
	'Tann',
	'Birk',
	'Erl',
	'Esch',
	'Fuhl',
	'Gross',
	'Klein',
	'Alt',
	'Neu',
	'Ober',
	'Nieder',
	'Hoh',
	'Kreuz',
	'Burg',
	'Dorn',
	'Fisch',
	'Hasel',
	'Ilm'
];
const tails = ['werder', 'au', 'dorf', 'feld', 'heim', 'hagen', 'stedt', 'büttel', 'wedel', 'horst', 'beck', 'hude', 'kamp', 'moor', 'rade', 'see', 'bek', 'born', 'brück', 'furt'];
const places = heads.flatMap((head) => tails.map((tail) => head + tail));
const streets = ['Hauptstr.', 'Dorfstr.', 'Am Markt', 'Kirchweg', 'Schulstr.', 'Bahnhofstr.', 'Mühlenweg', 'Deichweg'];

/** Mostly distinct organisations of a whole district; some rows repeat an earlier one or one of the register, spelt a little differently. */
function realisticFile(registerNames) {
	const rnd = random(20_000);
	const header = 'Name;Art;Straße;PLZ';
	const rows = [];
	const written = [];
	const variant = (name) => {
		const roll = rnd.next();
		if (roll < 0.3) return name.replace(/ e\. V\.$/, '');
		if (roll < 0.6) return name.endsWith(' e. V.') ? name.replace(/ e\. V\.$/, ' e.V.') : `${name} e. V.`;
		const i = 1 + Math.floor(rnd.next() * (name.length - 2));
		return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2); // two letters swapped
	};
	// A stride coprime to the number of combinations walks through them without repeating.
	const combinations = bases.length * places.length;
	for (let k = 0; rows.length < ROWS; k++) {
		const roll = rnd.next();
		let name;
		let kind;
		if (roll < 0.02 && written.length) [name, kind] = ((w) => [variant(w[0]), w[1]])(rnd.pick(written));
		else if (roll < 0.04) [name, kind] = [variant(rnd.pick(registerNames)), 'Verein'];
		else {
			const c = (k * 7919) % combinations;
			const [base, baseKind] = bases[c % bases.length];
			const place = places[Math.floor(c / bases.length)];
			name = `${base} ${place}${baseKind === 'Verein' ? (k % 9 === 0 ? ` von ${1860 + (k % 150)} e. V.` : ' e. V.') : ''}`;
			kind = baseKind;
			written.push([name, kind]);
		}
		const address = rnd.next() < 0.35 ? `${rnd.pick(streets)} ${1 + Math.floor(rnd.next() * 60)};${24900 + Math.floor(rnd.next() * 90)}` : ';';
		rows.push(`${name};${kind};${address}`);
	}
	return [header, ...rows].join('\r\n');
}

/** A hard case: every row is one of the register's names (about 1,200 distinct), so each name repeats many times. */
function repetitiveFile(registerNames) {
	const rnd = random(7);
	return ['Name;Art', ...Array.from({ length: ROWS }, () => `${rnd.pick(registerNames)};Verein`)].join('\r\n');
}

/* ------------------------------------------------------------------ preparation */

async function prepareAndRun() {
	const dataDir = mkdtempSync(join(tmpdir(), 'gemeinwerk-bench-import-'));
	try {
		const database = await openDatabase({ dataDir: join(dataDir, 'pglite') });
		let registerNames;
		try {
			const db = database.db;
			const tenant = await prepareBenchTenant(database);
			const began = performance.now();
			await seedSyntheticDirectory(db, tenant.id, REGISTER, 1);
			const created = await provisionAccount(db, tenant.id, { email: COORDINATOR, displayName: 'Koordination', password: PASSWORD, roles: ['coordinator'] });
			if (!created.ok) throw new Error(created.error);
			await db.execute(sql`vacuum (analyze)`);
			registerNames = (await db.select({ name: organisations.name }).from(organisations)).map((o) => o.name);
			console.log(`prepared a register of ${REGISTER} organisations (${new Set(registerNames).size} distinct names) in ${((performance.now() - began) / 1000).toFixed(1)} s`);
		} finally {
			await database.close();
		}

		const files = { realistic: realisticFile(registerNames), repetitive: repetitiveFile(registerNames) };
		for (const [name, csv] of Object.entries(files)) {
			const bytes = Buffer.byteLength(csv);
			if (bytes > MAX_IMPORT_BYTES) throw new Error(`${name} file has ${bytes} bytes, more than an upload may have`);
			writeFileSync(join(dataDir, `${name}.csv`), csv);
			console.log(`${name} file: ${ROWS} rows, ${(bytes / 1000).toFixed(0)} kB, packed for the form ${(packImportFile(csv).length / 1000).toFixed(0)} kB`);
		}

		const results = [];
		for (const scenario of (process.env.SCENARIOS ?? 'preview:realistic,preview:repetitive,import:realistic').split(',')) {
			const child = spawnSync(process.execPath, ['node_modules/vite-node/vite-node.mjs', 'scripts/bench/import.js'], {
				env: { ...process.env, BENCH_IMPORT_PHASE: scenario, BENCH_IMPORT_DIR: dataDir, LOG_LEVEL: 'warn' },
				encoding: 'utf8',
				maxBuffer: 16 * 2 ** 20
			});
			const line = child.stdout.split('\n').find((l) => l.startsWith('{'));
			if (child.status !== 0 || !line) throw new Error(`${scenario} failed:\n${child.stdout}\n${child.stderr}`);
			results.push({ scenario, ...JSON.parse(line) });
		}

		// The process holds the embedded database and vite-node before it reads a row: what the preview
		// itself needs is the peak above that.
		console.log("\n| measurement | seconds | CPU seconds | RSS before MB | peak RSS MB | preview's own peak MB | JS heap after MB | result |\n|---|---|---|---|---|---|---|---|");
		const missed = [];
		for (const r of results) {
			const own = r.peakRssMb - r.rssBeforeMb;
			console.log(`| ${r.scenario} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.rssBeforeMb} | ${r.peakRssMb} | ${own} | ${r.heapAfterMb} | ${r.result} |`);
			if (r.scenario.startsWith('preview') && (r.seconds >= TARGET_SECONDS || own >= TARGET_MB)) missed.push(r.scenario);
		}
		console.log(`\nmachine: ${await machine()}, ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0].toFixed(2)}, embedded database (PGlite) in a temporary folder`);
		if (missed.length) console.log(`\nMISSED TARGET (under ${TARGET_SECONDS} s and ${TARGET_MB} MB): ${missed.join('; ')}`);
	} finally {
		if (!process.env.KEEP) rmSync(dataDir, { recursive: true, force: true });
		else console.log(dataDir);
	}
}

/* ------------------------------------------------------------------ one measurement */

async function measure(scenario, dataDir) {
	const [what, fileName] = scenario.split(':');
	const mb = (bytes) => Math.round(bytes / 2 ** 20);
	const database = await openDatabase({ dataDir: join(dataDir, 'pglite') });
	try {
		const db = database.db;
		const tenant = await findTenantBySlug(db, 'bench');
		const account = await findAccountByEmail(db, tenant.id, COORDINATOR);
		const ctx = { db, tenant, actor: await loadActor(db, tenant.id, account.id), locale: 'de', baseUrl: 'https://engagement.example' };
		const csv = readFileSync(join(dataDir, `${fileName}.csv`), 'utf8');
		// Warm the database's caches and the code, as a running server has them.
		await previewOrganisationImport(ctx, { csv: csv.split('\r\n').slice(0, 50).join('\r\n') });
		// The import creates every row: possible duplicates too, as a coordinator deciding "new" for all.
		const decisions = {};
		if (what === 'import') {
			const all = await previewOrganisationImport(ctx, { csv, pageSize: ROWS });
			for (const row of all.value.rows) if (row.duplicates.length) decisions[row.line] = 'new';
		}
		const rssBefore = process.memoryUsage().rss;
		if (process.resourceUsage().maxRSS * 1024 > rssBefore * 1.05) console.error("warning: the peak before the measurement hides the measurement's own");

		const cpu = process.cpuUsage();
		const began = performance.now();
		let result;
		if (what === 'preview') {
			const preview = await previewOrganisationImport(ctx, { csv });
			if (!preview.ok) throw new Error(JSON.stringify(preview));
			const { counts, page } = preview.value;
			const matches = preview.value.rows.reduce((n, r) => n + r.duplicates.length, 0);
			result = `${counts.rows} rows, ${counts.duplicates} with possible duplicates; page 1 of ${page.count}: ${page.size} rows, ${matches} matches, ${(JSON.stringify(preview.value).length / 1000).toFixed(0)} kB`;
		} else {
			const imported = await importOrganisations(ctx, { csv, decisions });
			if (!imported.ok) throw new Error(JSON.stringify(imported).slice(0, 500));
			result = `created ${imported.value.created.length} organisations, skipped ${imported.value.skipped}`;
		}
		const seconds = (performance.now() - began) / 1000;
		const { user, system } = process.cpuUsage(cpu);
		const peakRss = process.resourceUsage().maxRSS * 1024;
		console.log(JSON.stringify({ seconds, cpuSeconds: (user + system) / 1e6, peakRssMb: mb(peakRss), rssBeforeMb: mb(rssBefore), heapAfterMb: mb(process.memoryUsage().heapUsed), result }));
	} finally {
		await database.close();
	}
}

const phase = process.env.BENCH_IMPORT_PHASE;
if (phase) await measure(phase, process.env.BENCH_IMPORT_DIR);
else await prepareAndRun();
