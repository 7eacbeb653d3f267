// Starts the built server on a data folder and waits until /healthz answers.
import { spawn } from 'node:child_process';

export async function startServer({ dataDir, port, env = {} }) {
	const began = performance.now();
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		try {
			const response = await fetch(`${url}/healthz`);
			if (response.ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 25));
	}
	const readyMs = performance.now() - began;
	return {
		url,
		readyMs,
		pid: child.pid,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', resolve);
				child.kill('SIGTERM');
			})
	};
}

export const machine = async () => {
	const os = await import('node:os');
	return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
};
