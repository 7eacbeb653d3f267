import { inject } from 'vitest';
import { workerDatabaseUrl } from './global-setup';

// Runs before every test file: the worker's own copy of the migrated PostgreSQL database,
// so the files that run side by side in two workers never see each other's rows.
const base = inject('postgresBase');
if (base) process.env.TEST_DATABASE_URL = workerDatabaseUrl(base, process.env.VITEST_POOL_ID ?? 1);
