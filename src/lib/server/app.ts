import { config, databaseOptions, filesDir } from './core/config';
import { openDatabase, type Database, type Db } from './db/client';
import { configureMail } from './core/mail';
import { registerPeriodicTask, startJobWorker } from './core/jobs';
import { sql } from 'drizzle-orm';
import { configureRateLimits } from './core/http/rate-limit';
import { log } from './core/log';
import { configureStorage, LocalFolderStorage } from './core/files';
import { resolve } from 'node:path';
import { seedDemoIfEmpty } from './seed/demo';
import { changes } from './core/changes';
import './registry';

interface App {
	database: Database;
	stopWorker: () => Promise<void>;
	stopListening: () => Promise<void>;
}

let app: App | undefined;
let starting: Promise<App> | undefined;

/** Opens the database, applies migrations, seeds the demo town when empty, starts the job worker. */
export function startApp(): Promise<App> {
	starting ??= (async () => {
		const cfg = config();
		// Links in mails must not come from the request's Host header: production needs the public address.
		if (cfg.GEMEINWERK_MODE === 'production' && !cfg.PUBLIC_URL) {
			throw new Error('PUBLIC_URL is required in production mode (e.g. PUBLIC_URL=https://engagement.stadt.de): links in mails are built from it.');
		}
		const began = Date.now();
		const database = await openDatabase(databaseOptions(cfg));
		await database.migrate();
		configureStorage(new LocalFolderStorage(resolve(filesDir(cfg))));
		if (cfg.GEMEINWERK_MODE === 'demo') await seedDemoIfEmpty(database.db);
		configureMail({ smtpUrl: cfg.SMTP_URL, from: cfg.MAIL_FROM });
		configureRateLimits(database.pool);
		// The embedded database has no autovacuum: without it, statistics age and index-only scans
		// visit every row. Nightly after the clean-up (and once on a new database's first start).
		if (database.kind === 'pglite') registerPeriodicTask('database.vacuum', { every: 'day', at: '03:30' }, (db) => db.execute(sql`vacuum (analyze)`).then(() => undefined));
		// Tenants and visitors' pages are kept in memory while the database's change messages are heard.
		const stopListening = await changes.listenTo(database);
		const stopWorker = startJobWorker(database.db);
		log.info({ database: database.kind, mode: cfg.GEMEINWERK_MODE, ms: Date.now() - began }, 'Gemeinwerk ready');
		app = { database, stopWorker, stopListening };
		return app;
	})();
	return starting;
}

export function db(): Db {
	if (!app) throw new Error('startApp() has not finished');
	return app.database.db;
}

/** For the health check: true only when the database answers. */
export async function databaseAnswers(): Promise<boolean> {
	try {
		await db().execute(sql`select 1`);
		return true;
	} catch {
		return false;
	}
}

export async function stopApp(): Promise<void> {
	if (!app) return;
	await app.stopWorker();
	await app.stopListening();
	changes.setListening(false);
	await app.database.close();
	app = undefined;
	starting = undefined;
}
