// npm run seed:synthetic -- --tenants 5 --accounts 10000 --organisations 20000 --opportunities 100000
// Fills the configured database (DATA_DIR or DATABASE_URL) with synthetic data for benchmarks.
import { parseArgs } from 'node:util';
import { config, databaseOptions } from '../src/lib/server/core/config';
import { openDatabase } from '../src/lib/server/db/client';
import '../src/lib/server/registry';
import { seedSynthetic } from '../src/lib/server/seed/synthetic';

const { values } = parseArgs({
	options: {
		tenants: { type: 'string', default: '1' },
		accounts: { type: 'string', default: '1000' },
		organisations: { type: 'string', default: '0' },
		/** Opportunities of the Freiwilligenbörse per tenant; without --organisations, one organisation for every 25 comes along. */
		opportunities: { type: 'string', default: '0' }
	},
	allowPositionals: true
});
const counts = { tenants: Number(values.tenants), accounts: Number(values.accounts), organisations: Number(values.organisations), opportunities: Number(values.opportunities) };
if (counts.opportunities > 0 && counts.organisations === 0) counts.organisations = Math.max(100, Math.ceil(counts.opportunities / 25));
const whole = (n: number) => Number.isInteger(n) && n >= 0;
if (!whole(counts.tenants) || counts.tenants < 1 || !whole(counts.accounts) || !whole(counts.organisations) || !whole(counts.opportunities)) {
	console.error('Fehler: --tenants, --accounts, --organisations und --opportunities erwarten ganze Zahlen (tenants ≥ 1).');
	process.exit(1);
}

const cfg = config();
const database = await openDatabase(databaseOptions(cfg));
const began = Date.now();
try {
	await database.migrate();
	await seedSynthetic(database.db, counts, (line) => console.log(line));
	console.log(`Fertig in ${((Date.now() - began) / 1000).toFixed(1)} s.`);
} finally {
	await database.close();
}
