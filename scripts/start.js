// `npm start`: builds when the sources are newer than the last build, then serves.
// Migrations and the demo seed run inside the server as it starts (src/hooks.server.ts).
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'build', '.built-at');
const inputs = ['src', 'static', 'migrations', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), info.mtimeMs);
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changed = Math.max(...inputs.map((p) => newest(join(root, p))));
if (!existsSync(join(root, 'build', 'index.js')) || changed > builtAt) {
	console.log('Building Gemeinwerk …');
	const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
	writeFileSync(stamp, new Date().toISOString());
}

process.env.PORT ??= '3000';
process.env.BODY_SIZE_LIMIT ??= '10M';
console.log(`Gemeinwerk on http://${process.env.HOST ?? 'localhost'}:${process.env.PORT}`);
await import(join(root, 'build', 'index.js'));
