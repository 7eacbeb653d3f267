import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase } from '../db/client';

declare module 'vitest' {
	export interface ProvidedContext {
		/** File with the embedded database's files after all migrations. */
		migratedSnapshot: string;
		/** The PostgreSQL database the workers' own copies are named after ('' without a server). */
		postgresBase: string;
	}
}

/** The copy of the migrated PostgreSQL database that the worker with this pool id uses. */
export function workerDatabaseUrl(base: string, poolId: string | number): string {
	const url = new URL(base);
	url.pathname = `${url.pathname}_w${poolId}`;
	return url.href;
}

/**
 * Migrates once per run: an embedded database whose files every suite copies (starting
 * PGlite from them is a fraction of creating and migrating a new one), and, when
 * TEST_DATABASE_URL is set, a PostgreSQL database that is copied once per worker, so test
 * files running side by side never share one. In CI that server is required.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	let copies: { drop(): Promise<void> } | undefined;
	const dir = join(process.cwd(), '.test-data');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `vitest-migrated-${process.pid}.tar`);
	const embedded = await openDatabase({});
	try {
		await embedded.migrate();
		writeFileSync(file, Buffer.from(await (await embedded.snapshot!()).arrayBuffer()));
	} finally {
		await embedded.close();
	}
	project.provide('migratedSnapshot', file);
	project.provide('postgresBase', process.env.TEST_DATABASE_URL ?? '');

	const url = process.env.TEST_DATABASE_URL;
	if (!url) {
		if (process.env.CI === 'true') throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI.');
		console.warn('TEST_DATABASE_URL is not set: integration tests run on PGlite only.');
	} else {
		const database = await openDatabase({ url });
		try {
			await database.migrate();
		} finally {
			await database.close();
		}
		copies = await copyPerWorker(url, Number(project.globalConfig.maxWorkers) || 1);
	}
	return async () => {
		rmSync(file, { force: true });
		await copies?.drop();
	};
}

/** Copies of the migrated database (a template copy takes a moment), one per worker. */
async function copyPerWorker(url: string, workers: number): Promise<{ drop(): Promise<void> }> {
	const nameOf = (href: string) => decodeURIComponent(new URL(href).pathname.slice(1));
	const maintenance = new URL(url);
	maintenance.pathname = '/postgres';
	const client = new pg.Client({ connectionString: maintenance.href });
	await client.connect();
	const template = nameOf(url);
	const names = Array.from({ length: workers }, (_, i) => nameOf(workerDatabaseUrl(url, i + 1)));
	const drop = async () => {
		for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
	};
	await drop();
	for (const name of names) await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
	return {
		async drop() {
			await drop();
			await client.end();
		}
	};
}
