import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';

declare module 'vitest' {
	export interface ProvidedContext {
		/** File with the embedded database's files after all migrations. */
		migratedSnapshot: string;
	}
}

/**
 * Migrates once per run: an embedded database whose files every suite copies (starting
 * PGlite from them is a fraction of creating and migrating a new one), and the PostgreSQL
 * database all suites share when TEST_DATABASE_URL is set. In CI that server is required.
 */
export default async function setup(project: TestProject): Promise<() => void> {
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
	}
	return () => rmSync(file, { force: true });
}
