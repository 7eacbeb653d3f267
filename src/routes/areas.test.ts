import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import '$lib/server/registry';
import { areaOf } from '$lib/server/core/http/areas';

/** Route ids as SvelteKit derives them from the folders under src/routes. */
function routeIds(dir = 'src/routes', id = ''): string[] {
	const entries = readdirSync(dir);
	const here = entries.some((name) => /^\+(page|server)\./.test(name)) ? [id || '/'] : [];
	return [...here, ...entries.filter((name) => statSync(join(dir, name)).isDirectory()).flatMap((name) => routeIds(join(dir, name), `${id}/${name}`))];
}

describe('the area table of core and the installed modules', () => {
	it('knows every route of the app', () => {
		const ids = routeIds();
		expect(ids.length).toBeGreaterThan(40);
		expect(ids.filter((id) => areaOf(id).kind === 'unknown')).toEqual([]);
	});

	it('keeps the directory public but its editing pages for signed-in people', () => {
		expect(areaOf('/(directory)/netzwerk/organisationen/[id=uuid]/personen')).toEqual({ kind: 'signed-in' });
		expect(areaOf('/netzwerk/organisationen/[id=uuid]')).toEqual({ kind: 'public' });
		expect(areaOf('/netzwerk/organisationen/neu')).toEqual({ kind: 'permission', action: 'organisation.create' });
	});
});
