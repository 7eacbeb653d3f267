import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	test: {
		environment: 'node',
		// The seed tests build a whole town, and the journeys run beside Vitest on two cores.
		testTimeout: 90_000,
		hookTimeout: 60_000,
		pool: 'forks',
		// Two at a time, also on two cores (vitest's default there is one): the database tests spend
		// much of their time waiting for PostgreSQL. Each worker has a database of its own.
		maxWorkers: 2,
		minWorkers: 1,
		// Pure unit tests run in seconds; tests with a database (`*.db.test.ts`) get the migrated
		// copies and the PostgreSQL server from the global set-up.
		projects: [
			{ extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/*.db.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'db',
					include: ['src/**/*.db.test.ts', 'scripts/**/*.db.test.ts'],
					globalSetup: ['src/lib/server/testing/global-setup.ts'],
					setupFiles: ['src/lib/server/testing/worker-database.ts']
				}
			}
		]
	}
});
