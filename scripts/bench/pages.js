// npm run bench:pages — how near the app comes to a static server that sends the very same bytes
// (same compression, same headers), then the latency of the other main pages.
// Embedded database by default; with DATABASE_URL (an empty or demo-seeded database) two server
// processes run on that PostgreSQL and the load goes to both in turn.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, startServer } from './server.js';

const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 8);
const onServer = Boolean(process.env.DATABASE_URL);
const acceptEncoding = 'br, gzip';
const dataDir = mkdtempSync(join(tmpdir(), 'gemeinwerk-bench-'));

/** One GET as the bytes come over the wire: fetch() would undo the compression. */
function rawGet(url, headers) {
	return new Promise((resolve, reject) => {
		httpRequest(url, { headers }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}

async function requestsPerSecond(url, headers) {
	const result = await autocannon({ url, headers, connections, duration });
	if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} answers were not 2xx, ${result.errors} errors`);
	return result;
}

function startStatic(answers, port) {
	const file = join(dataDir, 'answers.json');
	writeFileSync(file, JSON.stringify(answers));
	const child = spawn(process.execPath, [new URL('./static-server.js', import.meta.url).pathname, file, String(port)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	return new Promise((resolve, reject) => {
		child.once('message', () => resolve({ url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') }));
		child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
	});
}

const servers = [await startServer({ dataDir, port: 4181 })];
let staticServer;
try {
	// The second process starts on the database the first one migrated and seeded.
	if (onServer) servers.push(await startServer({ dataDir, port: 4182 }));
	const urls = (path) => (servers.length === 1 ? servers[0].url + path : servers.map((s) => s.url + path));

	const compared = [
		{ name: 'home page', path: '/' },
		{ name: 'Vereinsregister, A–Z', path: '/netzwerk/organisationen' },
		{ name: 'organisation profile (places, map)', path: '/netzwerk/organisationen/6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b' },
		{ name: 'GET /api/v1/organisations (page of 20)', path: '/api/v1/organisations' },
		{ name: 'GET /healthz', path: '/healthz' }
	];
	const headers = { 'accept-encoding': acceptEncoding };
	const skipped = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
	const answers = [];
	for (const target of compared) {
		const answer = await rawGet(servers[0].url + target.path, headers);
		if (answer.status !== 200) throw new Error(`${target.path}: ${answer.status}`);
		const kept = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !skipped.has(name)));
		answers.push({ path: target.path, headers: kept, body: answer.body.toString('base64') });
		target.bytes = answer.body.length;
		target.encoding = answer.headers['content-encoding'] ?? 'none';
	}
	staticServer = await startStatic(answers, 4189);

	const setup = onServer ? 'PostgreSQL, two server processes, requests to both in turn' : 'embedded database, one server process';
	console.log(`\n${setup}; ${connections} connections, ${duration} s per run, Accept-Encoding: ${acceptEncoding}\n`);
	console.log('| page | bytes sent | encoding | app req/s | static req/s | app / static |\n|---|---|---|---|---|---|');
	for (const target of compared) {
		// Both servers' code is compiled hot and every process has kept the answer before counting starts.
		await autocannon({ url: urls(target.path), headers, connections, duration: 2 });
		await autocannon({ url: staticServer.url + target.path, headers, connections, duration: 2 });
		const app = await requestsPerSecond(urls(target.path), headers);
		const plain = await requestsPerSecond(staticServer.url + target.path, headers);
		const ratio = app.requests.average / plain.requests.average;
		console.log(`| ${target.name} | ${target.bytes} | ${target.encoding} | ${Math.round(app.requests.average)} | ${Math.round(plain.requests.average)} | ${(ratio * 100).toFixed(1)} % |`);
	}

	const signIn = await fetch(`${servers[0].url}/api/v1/sessions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email: 'koordination@lindwerder.example', password: 'Ehrenamt-Buero-Markt-7' })
	});
	const { token } = await signIn.json();
	const others = [
		{ name: 'sign-in page', path: '/anmelden' },
		{ name: 'imprint (Markdown)', path: '/impressum' },
		{ name: 'Mein Bereich (signed in)', path: '/mein-bereich', headers: { cookie: `gw_session_lindwerder=${token}` } },
		{ name: 'Vereinsregister A–Z (signed in)', path: '/netzwerk/organisationen', headers: { cookie: `gw_session_lindwerder=${token}` } },
		{ name: 'GET /api/v1/me (bearer)', path: '/api/v1/me', headers: { authorization: `Bearer ${token}` } },
		{ name: 'Vereinsregister, search "Sportverein" + field', path: '/netzwerk/organisationen?q=Sportverein&feld=sport' },
		{ name: 'Engagement-Stadtplan (map and list)', path: '/netzwerk/stadtplan' },
		{ name: 'GET /api/v1/places.geojson (kept, gzip)', path: '/api/v1/places.geojson', headers: { 'accept-encoding': 'gzip' } }
	];
	console.log(`\n| page | requests/s | p50 ms | p97.5 ms | p99 ms |\n|---|---|---|---|---|`);
	for (const target of others) {
		const result = await requestsPerSecond(urls(target.path), { 'accept-encoding': acceptEncoding, ...target.headers });
		console.log(`| ${target.name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p97_5} | ${result.latency.p99} |`);
	}
	const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${servers[0].pid}/status`, 'utf8'))?.[1];
	if (rss) console.log(`\nserver memory after the run (RSS, first process): ${Math.round(Number(rss) / 1024)} MiB`);
	console.log(
		`machine: ${await machine()}, ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}`
	);
} finally {
	staticServer?.stop();
	for (const server of servers) await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
