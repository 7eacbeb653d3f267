import { afterAll, beforeAll } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { configureMail } from '../core/mail';
import type { AddressInfo } from 'node:net';

export interface TestSmtp {
	url: string;
	/** Every message accepted, with its first recipient and the raw text as sent. */
	received: { to: string; raw: string }[];
	/** Addresses refused once with a temporary error (451), as a busy mailbox would. */
	refuseOnce: Set<string>;
	close(): Promise<void>;
}

/** An SMTP server on a free local port for the tests that send mail. */
export async function startTestSmtp(): Promise<TestSmtp> {
	const received: TestSmtp['received'] = [];
	const refuseOnce = new Set<string>();
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onRcptTo(address, _session, callback) {
			if (refuseOnce.delete(address.address)) return callback(Object.assign(new Error('mailbox busy'), { responseCode: 451 }));
			callback();
		},
		onData(stream, session, callback) {
			let raw = '';
			stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
			stream.on('end', () => {
				received.push({ to: session.envelope.rcptTo[0].address, raw });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
		received,
		refuseOnce,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** The file's SMTP server, up for all its tests; afterwards mails are held again. */
export function useTestSmtp(): () => TestSmtp {
	let smtp: TestSmtp;
	beforeAll(async () => {
		smtp = await startTestSmtp();
	});
	afterAll(async () => {
		configureMail({});
		await smtp.close();
	});
	return () => smtp;
}
