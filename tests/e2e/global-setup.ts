import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Every run gets a fresh database under .test-data/e2e-<time>-<pid>; databases of runs older than a day go. */
export default function globalSetup(): void {
	const root = join(process.cwd(), '.test-data');
	const current = `e2e-${process.env.GEMEINWERK_E2E_RUN}`;
	const dayAgo = Date.now() - 24 * 3600 * 1000;
	let names: string[] = [];
	try {
		names = readdirSync(root);
	} catch {
		return;
	}
	for (const name of names) {
		const started = Number(/^e2e-(\d+)-\d+(-postgres)?$/.exec(name)?.[1]);
		if (name !== current && started && started < dayAgo) rmSync(join(root, name), { recursive: true, force: true });
	}
}
