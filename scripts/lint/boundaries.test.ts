import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Samples are linted with the project's own config, at paths where no such file exists.
const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
	eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, 'eslint.config.js') });
});

/** The boundary messages ESLint gives for `code` placed at `path`. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
	const fatal = result.messages.filter((m) => m.fatal);
	expect(fatal).toEqual([]);
	return result.messages.filter((m) => m.ruleId === 'gemeinwerk/boundaries').map((m) => m.message);
}

const use = (specifier: string) => `import { x } from '${specifier}';\nexport const y = x;\n`;

describe('core never imports a module', () => {
	const file = 'src/lib/server/core/accounts/sample.ts';

	it.each(['$lib/server/modules/directory', '$lib/server/modules/directory/schema', '$lib/server/modules', '../../modules/directory/index', '../../modules/directory/profiles/queries.ts'])(
		'refuses %s',
		async (specifier) => {
			expect(await boundaryErrors(file, use(specifier))).toEqual([expect.stringContaining('Core never imports a module')]);
		}
	);

	it('refuses re-exports and dynamic imports as well', async () => {
		const code = "export { x } from '$lib/server/modules/directory';\nexport * from '../../modules/directory';\nexport const z = () => import('$lib/server/modules/directory');\n";
		expect(await boundaryErrors(file, code)).toHaveLength(3);
	});

	it.each(['../modules', '$lib/server/core/modules', '../result', '$lib/server/db/client', 'drizzle-orm'])('allows %s (core’s own modules folder included)', async (specifier) => {
		expect(await boundaryErrors(file, use(specifier))).toEqual([]);
	});
});

describe('a module imports another module only through its index.ts', () => {
	const file = 'src/lib/server/modules/calendar/events/sample.ts';

	it.each(['$lib/server/modules/directory/schema', '$lib/server/modules/directory/profiles/queries', '../../directory/contracts.ts', '../../directory/index/more'])(
		'refuses the deep import %s',
		async (specifier) => {
			expect(await boundaryErrors(file, use(specifier))).toEqual([expect.stringContaining('only through its index.ts')]);
		}
	);

	it.each(['$lib/server/modules', '../../index'])('refuses the list of modules %s', async (specifier) => {
		expect(await boundaryErrors(file, use(specifier))).toEqual([expect.stringContaining('list of installed modules')]);
	});

	it.each([
		'$lib/server/modules/directory',
		'$lib/server/modules/directory/index',
		'$lib/server/modules/directory/index.ts',
		'../../directory',
		'$lib/server/modules/calendar/schema',
		'../schema',
		'./queries',
		'$lib/server/core/result'
	])('allows %s', async (specifier) => {
		expect(await boundaryErrors(file, use(specifier))).toEqual([]);
	});

	it('leaves the list of modules free to name each module', async () => {
		expect(await boundaryErrors('src/lib/server/modules/index.ts', use('./directory/module'))).toEqual([]);
	});
});

describe('routes use neither drizzle-orm nor tables', () => {
	const file = 'src/routes/koordination/sample/+page.server.ts';

	it.each([
		['drizzle-orm', 'Routes do not use drizzle-orm'],
		['drizzle-orm/pg-core', 'Routes do not use drizzle-orm'],
		['$lib/server/modules/directory/schema', 'Routes do not import tables'],
		['$lib/server/core/accounts/schema.ts', 'Routes do not import tables'],
		['../../../lib/server/core/tenants/schema', 'Routes do not import tables']
	])('refuses %s', async (specifier, message) => {
		expect(await boundaryErrors(file, use(specifier))).toEqual([expect.stringContaining(message)]);
	});

	it('refuses type-only imports of tables too', async () => {
		expect(await boundaryErrors(file, "import type { x } from '$lib/server/core/accounts/schema';\nexport type Y = typeof x;\n")).toHaveLength(1);
	});

	it('checks the script of a Svelte page', async () => {
		const page = '<script lang="ts">\n\timport { sql } from \'drizzle-orm\';\n\tconst q = sql`select 1`;\n</script>\n\n<p>{String(q)}</p>\n';
		expect(await boundaryErrors('src/routes/sample/+page.svelte', page)).toEqual([expect.stringContaining('drizzle-orm')]);
	});

	it.each(['$lib/server/modules/directory', '$lib/server/core/http/results', '$lib/server/modules/directory/contracts', '@sveltejs/kit', './$types'])('allows %s', async (specifier) => {
		expect(await boundaryErrors(file, use(specifier))).toEqual([]);
	});

	it('lets tests beside a route prepare rows', async () => {
		const code = "import { eq } from 'drizzle-orm';\nimport { places } from '$lib/server/modules/directory/schema';\nexport const y = [eq, places];\n";
		expect(await boundaryErrors('src/routes/sample/page.db.test.ts', code)).toEqual([]);
	});
});
