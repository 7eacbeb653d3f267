// npm run bench:startup — how long a second `npm start` takes until the platform answers.
// Target: under 5 s on the embedded database with demo data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, startServer } from './server.js';

const runs = Number(process.env.RUNS ?? 5);
const dataDir = mkdtempSync(join(tmpdir(), 'gemeinwerk-bench-'));
try {
	const first = await startServer({ dataDir, port: 4180 });
	console.log(`first start (builds if needed, migrates, seeds): ${(first.readyMs / 1000).toFixed(2)} s`);
	await first.stop();
	const times = [];
	for (let i = 0; i < runs; i++) {
		const server = await startServer({ dataDir, port: 4180 });
		times.push(server.readyMs);
		await server.stop();
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)];
	console.log(`second and later starts, ${runs} runs: median ${(median / 1000).toFixed(2)} s, max ${(times.at(-1) / 1000).toFixed(2)} s (target < 5 s)`);
	console.log(`machine: ${await machine()}, ${new Date().toISOString().slice(0, 10)}`);
	if (times.at(-1) >= 5000) process.exitCode = 1;
} finally {
	rmSync(dataDir, { recursive: true, force: true });
}
