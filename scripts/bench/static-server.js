// The comparison for bench:pages: plain node:http sending, from memory, the very bytes and headers
// the app answered for each address. `node static-server.js <answers.json> <port>`.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port] = process.argv.slice(2);
const answers = new Map(JSON.parse(readFileSync(file, 'utf8')).map((a) => [a.path, { ...a, body: Buffer.from(a.body, 'base64') }]));
createServer((req, res) => {
	const answer = answers.get(req.url);
	if (!answer) {
		res.writeHead(404).end();
		return;
	}
	res.writeHead(200, { ...answer.headers, 'content-length': answer.body.length });
	res.end(answer.body);
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
