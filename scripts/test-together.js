// `npm test`: the code checks and Vitest in one lane, the browser journeys in another, side by side.
// Each lane keeps about one of two cores busy (Vitest waits for PostgreSQL, a journey for its
// browser and server), so together they take little more than the longer one alone.
// Every line is printed with its lane's name; the run fails when either lane fails.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const lanes = [
	{ name: 'code', script: 'test:code' },
	{ name: 'e2e', script: 'test:e2e' }
];

/** @param {{ name: string, script: string }} lane */
function run(lane) {
	const started = Date.now();
	const child = spawn('npm', ['run', '--silent', lane.script], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
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
