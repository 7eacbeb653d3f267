import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** The one database type every use case takes; a transaction is one too. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export interface Database {
	db: Db;
	kind: 'pglite' | 'postgres';
	/** The node-postgres pool when running on a server (rate limits use it). */
	pool?: pg.Pool;
	migrate(): Promise<void>;
	close(): Promise<void>;
	/** The embedded database's files, to open copies of it (tests start from one migrated copy). */
	snapshot?(): Promise<Blob>;
	/**
	 * Hears the NOTIFY messages of `channel`. `listening(false)` says some may be missed from now on
	 * (the connection to the server dropped), `listening(true)` that they are heard again.
	 */
	listen(channel: string, onMessage: (payload: string) => void, listening: (on: boolean) => void): Promise<() => Promise<void>>;
}

export interface DatabaseOptions {
	/** postgres://… ; without it the embedded database is used. */
	url?: string;
	/** Folder for the embedded database; omitted means in memory. */
	dataDir?: string;
	migrationsFolder?: string;
	/** An embedded database's files (from `dumpDataDir`) to start from instead of an empty one. */
	snapshot?: Blob;
}

const defaultMigrationsFolder = () => resolve(process.cwd(), 'migrations');

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
	const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
	if (options.url) {
		const pool = new pg.Pool({ connectionString: options.url, max: 10 });
		const db = drizzlePostgres(pool) as unknown as Db;
		return {
			db,
			kind: 'postgres',
			pool,
			migrate: () => migratePostgres(db as never, { migrationsFolder }),
			close: () => pool.end(),
			listen: (channel, onMessage, listening) => listenOnServer(options.url!, channel, onMessage, listening)
		};
	}
	if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
	const client = await PGlite.create(options.dataDir ?? 'memory://', {
		extensions: { pg_trgm, unaccent, cube, earthdistance },
		...(options.snapshot ? { loadDataDir: options.snapshot } : {})
	});
	// Every page of the embedded database is in memory: an index probe costs about what a
	// sequential read does, and the planner should know (the default assumes spinning disks).
	await client.exec('set random_page_cost = 1.1');
	const db = drizzlePglite(client) as unknown as Db;
	return {
		db,
		kind: 'pglite',
		migrate: () => migratePglite(db as never, { migrationsFolder }),
		close: () => client.close(),
		snapshot: () => client.dumpDataDir('none'),
		// In the same process: the message arrives with the result of the COMMIT that sent it.
		listen: async (channel, onMessage, listening) => {
			const stop = await client.listen(channel, onMessage);
			listening(true);
			return () => stop();
		}
	};
}

/** A connection of its own outside the pool, kept open and opened again after it drops. */
async function listenOnServer(url: string, channel: string, onMessage: (payload: string) => void, listening: (on: boolean) => void) {
	let stopped = false;
	let current: pg.Client | undefined;
	const connect = async (): Promise<void> => {
		const client = new pg.Client({ connectionString: url });
		client.on('notification', (message) => {
			if (message.channel === channel && message.payload) onMessage(message.payload);
		});
		client.on('error', () => client.end().catch(() => undefined));
		client.on('end', () => {
			if (stopped || current !== client) return;
			current = undefined;
			listening(false);
			setTimeout(retry, 1000).unref();
		});
		current = client;
		try {
			await client.connect();
			await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
		} catch (error) {
			current = undefined;
			await client.end().catch(() => undefined);
			throw error;
		}
		listening(true);
	};
	const retry = () => {
		if (!stopped) connect().catch(() => setTimeout(retry, 1000).unref());
	};
	await connect();
	return async () => {
		stopped = true;
		await current?.end();
	};
}
