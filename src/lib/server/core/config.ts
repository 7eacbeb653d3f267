import { isIP } from 'node:net';
import { z } from 'zod';

const Env = z.object({
	DATABASE_URL: z.string().url().optional(),
	DATA_DIR: z.string().default('./data'),
	/** Uploaded files; defaults to DATA_DIR/files. */
	FILES_DIR: z.string().optional(),
	SMTP_URL: z.string().optional(),
	MAIL_FROM: z.string().default('Gemeinwerk <noreply@gemeinwerk.invalid>'),
	PUBLIC_URL: z.string().url().optional(),
	/** demo: seeds the fictional demo town into an empty database. production: never. (Not "MODE": Vite uses that name.) */
	GEMEINWERK_MODE: z.enum(['demo', 'production']).default('demo'),
	/** Memory for pages and API answers kept for visitors (decision 0016); 0 keeps none. */
	PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	/** Whom /.well-known/security.txt names for vulnerability reports: an e-mail address, mailto: or https: address. Default: the tenant's office e-mail. */
	SECURITY_CONTACT: z
		.string()
		.refine((v) => /^(mailto:|https:\/\/)\S+$/i.test(v) || z.email().safeParse(v).success, 'an e-mail address, mailto: or https: address')
		.optional(),
	/** Proxies whose ADDRESS_HEADER is believed (scripts/start.js); comma-separated IP addresses. */
	TRUSTED_PROXIES: z
		.string()
		.default('127.0.0.1,::1')
		.refine((list) => list.split(',').every((entry) => isIP(entry.trim()) !== 0), 'comma-separated IP addresses')
});

export type Config = z.infer<typeof Env>;

let cached: Config | undefined;

export function config(): Config {
	if (!cached) {
		const parsed = Env.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '')));
		if (!parsed.success) {
			const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
			throw new Error(`Invalid configuration: ${problems}`);
		}
		cached = parsed.data;
	}
	return cached;
}

/** The embedded database and uploaded files live side by side in DATA_DIR. */
export const embeddedDatabaseDir = (cfg: Config) => `${cfg.DATA_DIR}/pglite`;
export const filesDir = (cfg: Config) => cfg.FILES_DIR ?? `${cfg.DATA_DIR}/files`;

/** The database the configuration names: a PostgreSQL server or the embedded one. */
export const databaseOptions = (cfg: Config) => (cfg.DATABASE_URL ? { url: cfg.DATABASE_URL } : { dataDir: embeddedDatabaseDir(cfg) });
