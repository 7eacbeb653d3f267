import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { areaOf } from './areas';

/** Route ids as SvelteKit derives them from the folders under src/routes. */
function routeIds(dir = 'src/routes', id = ''): string[] {
	const entries = readdirSync(dir);
	const here = entries.some((name) => /^\+(page|server)\./.test(name)) ? [id || '/'] : [];
	return [
		...here,
		...entries.filter((name) => statSync(join(dir, name)).isDirectory()).flatMap((name) => routeIds(join(dir, name), `${id}/${name}`))
	];
}

describe('areas', () => {
	it('protects the admin, coordination and resident areas by their permissions', () => {
		expect(areaOf('/admin')).toEqual({ kind: 'permission', action: 'area.admin' });
		expect(areaOf('/admin/konten/[id=uuid]')).toEqual({ kind: 'permission', action: 'account.list' });
		expect(areaOf('/admin/protokoll')).toEqual({ kind: 'permission', action: 'audit.read' });
		expect(areaOf('/koordination/import/vorlage.csv')).toEqual({ kind: 'permission', action: 'area.coordination' });
		expect(areaOf('/mein-bereich/daten/export')).toEqual({ kind: 'permission', action: 'area.resident' });
		expect(areaOf('/netzwerk/organisationen/[id=uuid]/personen')).toEqual({ kind: 'signed-in' });
		expect(areaOf('/netzwerk/organisationen/[id=uuid]')).toEqual({ kind: 'public' });
	});

	it('ignores route groups, which do not change URLs', () => {
		expect(areaOf('/(app)/admin/mail')).toEqual({ kind: 'permission', action: 'mail.read' });
		expect(areaOf('/(public)')).toEqual({ kind: 'public' });
	});

	it('refuses a route outside every named area', () => {
		expect(areaOf('/verwaltung-neu')).toEqual({ kind: 'unknown' });
		expect(areaOf('/administration')).toEqual({ kind: 'unknown' });
	});

	it('knows every route of the app', () => {
		const unknown = routeIds().filter((id) => areaOf(id).kind === 'unknown');
		expect(unknown).toEqual([]);
	});
});
