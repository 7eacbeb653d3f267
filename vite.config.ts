import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	test: {
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000,
		pool: 'forks',
		// Pure unit tests run in seconds; tests with a database (`*.db.test.ts`) get the migrated
		// copies and the PostgreSQL server from the global set-up.
		projects: [
			{ extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/*.db.test.ts'] } },
			{ extends: true, test: { name: 'db', include: ['src/**/*.db.test.ts', 'scripts/**/*.db.test.ts'], globalSetup: ['src/lib/server/testing/global-setup.ts'] } }
		]
	}
});
