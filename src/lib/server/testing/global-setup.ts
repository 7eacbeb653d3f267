import { openDatabase } from '../db/client';

/**
 * Integration tests run on the embedded database always and on a PostgreSQL server when
 * TEST_DATABASE_URL is set. In CI that server is required: a missing one fails the run.
 */
export default async function setup(): Promise<void> {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) {
		if (process.env.CI === 'true') throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI.');
		console.warn('TEST_DATABASE_URL is not set: integration tests run on PGlite only.');
		return;
	}
	const database = await openDatabase({ url });
	try {
		await database.migrate();
	} finally {
		await database.close();
	}
}
