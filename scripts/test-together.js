// `npm test`: the code checks, Vitest and the requests without a browser in one lane, the browser
// journeys in another, side by side.
// What one lane leaves idle while it waits (for PostgreSQL, the browser, the server), the other uses.
// Every line is printed with its lane's name; the run fails when either lane fails.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

// The requests without a browser follow Vitest (the browser lane has built the app by then) on
// ports of their own, so the two lanes take about as long as each other. The type check and the
// linters come last: the build rewrites the generated types they read.
const port = Number(process.env.E2E_PORT ?? 4173);
const lanes = [
	{ name: 'code', script: 'test:code', env: { E2E_PART: 'http', E2E_PORT: String(port + 2) } },
	{ name: 'e2e', script: 'test:e2e', env: { E2E_PART: 'browser', E2E_PORT: String(port) } }
];

/** @param {{ name: string, script: string, env: Record<string, string> }} lane */
function run(lane) {
	const started = Date.now();
	const child = spawn('npm', ['run', '--silent', lane.script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...lane.env } });
	for (const stream of [child.stdout, child.stderr]) {
		createInterface({ input: stream }).on('line', (line) => console.log(`[${lane.name}] ${line}`));
	}
	return new Promise((resolve) => {
		child.on('close', (code) => {
			console.log(`[${lane.name}] ${code === 0 ? 'passed' : `FAILED (exit ${code})`} after ${Math.round((Date.now() - started) / 1000)} s`);
			resolve(code === 0);
		});
	});
}

const results = await Promise.all(lanes.map(run));
process.exit(results.every(Boolean) ? 0 : 1);
