import { z } from 'zod';

const Env = z.object({
	DATABASE_URL: z.string().url().optional(),
	DATA_DIR: z.string().default('./data'),
	SMTP_URL: z.string().optional(),
	MAIL_FROM: z.string().default('Gemeinwerk <noreply@gemeinwerk.invalid>'),
	PUBLIC_URL: z.string().url().optional(),
	/** demo: seeds the fictional demo town into an empty database. production: never. */
	MODE: z.enum(['demo', 'production']).default('demo'),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')
});

export type Config = z.infer<typeof Env>;

let cached: Config | undefined;

export function config(): Config {
	if (!cached) {
		const parsed = Env.safeParse(
			Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ''))
		);
		if (!parsed.success) {
			const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
			throw new Error(`Invalid configuration: ${problems}`);
		}
		cached = parsed.data;
	}
	return cached;
}
