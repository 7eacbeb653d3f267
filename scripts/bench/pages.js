// npm run bench:pages — latency of the main pages and the API on the embedded database.
// Target: p95 in tens of milliseconds on one small server (PRODUCT.md, "Fast").
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, startServer } from './server.js';

const duration = Number(process.env.DURATION ?? 10);
const dataDir = mkdtempSync(join(tmpdir(), 'gemeinwerk-bench-'));
const server = await startServer({ dataDir, port: 4181 });
try {
	const signIn = await fetch(`${server.url}/api/v1/sessions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email: 'koordination@lindwerder.example', password: 'Ehrenamt-Buero-Markt-7' })
	});
	const { token } = await signIn.json();
	const targets = [
		{ name: 'home page', path: '/' },
		{ name: 'sign-in page', path: '/anmelden' },
		{ name: 'imprint (Markdown)', path: '/impressum' },
		{ name: 'Mein Bereich (signed in)', path: '/mein-bereich', headers: { cookie: `gw_session_lindwerder=${token}` } },
		{ name: 'GET /api/v1/me (bearer)', path: '/api/v1/me', headers: { authorization: `Bearer ${token}` } },
		{ name: 'Vereinsregister, A–Z', path: '/netzwerk/organisationen' },
		{ name: 'Vereinsregister, search "Sportverein" + field', path: '/netzwerk/organisationen?q=Sportverein&feld=sport' },
		{ name: 'organisation profile (places, map)', path: '/netzwerk/organisationen/6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b' },
		{ name: 'Engagement-Stadtplan (map and list)', path: '/netzwerk/stadtplan' },
		{ name: 'GET /api/v1/organisations (page of 20)', path: '/api/v1/organisations' },
		{ name: 'GET /api/v1/places.geojson (kept, gzip)', path: '/api/v1/places.geojson', headers: { 'accept-encoding': 'gzip' } }
	];
	console.log(`| page | requests/s | p50 ms | p97.5 ms | p99 ms |\n|---|---|---|---|---|`);
	for (const target of targets) {
		const result = await autocannon({ url: server.url + target.path, headers: target.headers, connections: 4, duration });
		if (result.non2xx) throw new Error(`${target.path}: ${result.non2xx} responses were not 2xx`);
		console.log(`| ${target.name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p97_5} | ${result.latency.p99} |`);
	}
	const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1];
	if (rss) console.log(`\nserver memory after the run (RSS): ${Math.round(Number(rss) / 1024)} MiB`);
	console.log(`\nmachine: ${await machine()}, ${new Date().toISOString().slice(0, 10)}, ${duration} s per page, 4 connections`);
} finally {
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
