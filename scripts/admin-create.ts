// npm run admin:create -- --email chefin@stadt.example [--name "…"] [--tenant slug] [--password-stdin]
// Creates the first admin of a production install (and, on an empty database, the municipality itself).
// With the embedded database, stop the server first: only one process may open ./data.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import { config, databaseOptions } from '../src/lib/server/core/config';
import { openDatabase } from '../src/lib/server/db/client';
import '../src/lib/server/registry';
import { createTenant, findTenantBySlug, listTenants, type Tenant } from '../src/lib/server/core/tenants';
import { provisionAccount } from '../src/lib/server/core/accounts';
import { putLegalPage, legalKinds } from '../src/lib/server/core/legal';
import { defaultLegalTexts } from '../src/lib/server/core/legal/defaults';
import { translate, type MessageKey } from '../src/lib/i18n';

const { values: args } = parseArgs({
	options: {
		email: { type: 'string' },
		name: { type: 'string', default: 'Administration' },
		tenant: { type: 'string' },
		'tenant-name': { type: 'string' },
		state: { type: 'string' },
		'office-email': { type: 'string' },
		'password-stdin': { type: 'boolean', default: false }
	},
	allowPositionals: true
});

// Piped input (scripts, tests) is read whole, one answer per line; a terminal is asked interactively.
const piped = args['password-stdin'] || !stdin.isTTY ? readLines() : null;
const rl = piped ? null : createInterface({ input: stdin, output: stdout, terminal: true });

async function readLines(): Promise<string[]> {
	let text = '';
	for await (const chunk of stdin) text += chunk;
	return text.split(/\r?\n/);
}

async function ask(question: string): Promise<string> {
	if (piped) {
		const lines = await piped;
		return (lines.shift() ?? '').trim();
	}
	return (await rl!.question(question)).trim();
}

async function askPassword(): Promise<string> {
	if (piped) return ask('');
	if (!rl) throw new Error('no terminal');
	// Typed characters are not echoed.
	const output = stdout as unknown as { write: (s: string) => boolean };
	const write = output.write.bind(output);
	let muted = false;
	output.write = (s: string) => (muted ? true : write(s));
	const pending = rl!.question('Passwort (mind. 15 Zeichen): ');
	muted = true;
	const answer = await pending;
	muted = false;
	write('\n');
	return answer;
}

async function main() {
	if (!args.email) throw new Error('Bitte --email angeben.');
	const cfg = config();
	const database = await openDatabase(databaseOptions(cfg));
	try {
		await database.migrate();
		const db = database.db;
		let tenant: Tenant | undefined;
		const tenants = await listTenants(db);
		if (args.tenant) tenant = await findTenantBySlug(db, args.tenant);
		else if (tenants.length === 1) tenant = tenants[0];
		else if (tenants.length > 1) throw new Error(`Mehrere Gemeinden vorhanden, bitte --tenant angeben: ${tenants.map((t) => t.slug).join(', ')}`);

		if (!tenant) {
			console.log('Noch keine Gemeinde angelegt – sie wird jetzt eingerichtet.');
			const name = args['tenant-name'] ?? (await ask('Name der Gemeinde: '));
			const slug =
				args.tenant ??
				name
					.toLowerCase()
					.replace(/ä/g, 'ae')
					.replace(/ö/g, 'oe')
					.replace(/ü/g, 'ue')
					.replace(/ß/g, 'ss')
					.replace(/[^a-z0-9]+/g, '-')
					.replace(/^-|-$/g, '');
			const state = (args.state ?? (await ask('Bundesland (Kürzel, z. B. SH, NW, BY): '))).toUpperCase();
			const officeEmail = args['office-email'] ?? (await ask('E-Mail-Adresse der Koordinierungsstelle: '));
			tenant = await createTenant(db, {
				slug,
				name,
				kind: 'municipality',
				state: state as 'SH',
				officeName: `${name} – Engagementförderung`,
				officeEmail,
				isDefault: tenants.length === 0
			});
			const texts = defaultLegalTexts(tenant);
			for (const kind of legalKinds) for (const locale of ['de', 'en'] as const) await putLegalPage(db, tenant.id, kind, locale, texts[kind][locale]);
			console.log(`Gemeinde „${tenant.name}“ angelegt (${tenant.slug}). Bitte Impressum und Datenschutz unter /admin/rechtliches anpassen.`);
		}

		const password = await askPassword();
		const created = await provisionAccount(db, tenant.id, { email: args.email, displayName: args.name!, password, roles: ['admin'] });
		if (!created.ok) throw new Error(translate('de', created.error as MessageKey));
		console.log(`Administrationskonto ${args.email.toLowerCase()} für ${tenant.name} angelegt.`);
	} finally {
		rl?.close();
		await database.close();
	}
}

main().catch((error: Error) => {
	console.error(`Fehler: ${error.message}`);
	process.exit(1);
});
