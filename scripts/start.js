// `npm start`: builds when the sources are newer than the last build, then serves.
// Migrations and the demo seed run inside the server as it starts (src/hooks.server.ts).
// PORT and HOST choose where it listens; behind a TLS proxy set ORIGIN or PROTOCOL_HEADER.
// ADDRESS_HEADER is believed only from TRUSTED_PROXIES (default: this machine).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { guardAddressHeader, parseTrustedProxies } from './client-address.js';
import { framingAllowed } from '../src/lib/server/core/http/framing.js';

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

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
process.env.BODY_SIZE_LIMIT ??= '10M';

// This server speaks plain HTTP. Unless an operator says how the public URL looks (ORIGIN, or a
// proxy's PROTOCOL_HEADER), tell SvelteKit so: otherwise it assumes https and refuses every form.
const ownProtocolHeader = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocolHeader) process.env.PROTOCOL_HEADER = 'x-gemeinwerk-protocol';

const addressHeader = process.env.ADDRESS_HEADER;
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const xffDepth = Number.parseInt(process.env.XFF_DEPTH ?? '1', 10) || 1;

const { handler } = await import(join(root, 'build', 'handler.js'));
// Every answer carries them, also static files and the errors SvelteKit answers before the app's hooks.
const securityHeaders = JSON.parse(readFileSync(join(root, 'src', 'lib', 'server', 'core', 'http', 'security-headers.json'), 'utf8'));
if (process.env.PUBLIC_URL?.startsWith('https:')) securityHeaders['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
const server = createServer((req, res) => {
	for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
	// The app's answer may let named hosts frame it (the widget): its frame-ancestors then says where.
	const writeHead = res.writeHead;
	res.writeHead = function (...args) {
		if (framingAllowed(res.getHeader('content-security-policy'))) res.removeHeader('x-frame-options');
		return writeHead.apply(this, args);
	};
	// Overwritten on every request, so a client cannot claim another protocol.
	if (ownProtocolHeader) req.headers['x-gemeinwerk-protocol'] = 'http';
	// A client reaching the server directly counts under its own address, whatever it claims.
	guardAddressHeader(req, addressHeader, trustedProxies, xffDepth);
	handler(req, res);
});
server.listen(port, host, () => console.log(`Gemeinwerk on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 10_000).unref();
	});
}
