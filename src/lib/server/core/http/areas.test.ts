import { describe, expect, it } from 'vitest';
import { areaOf, isListed, registerAreas } from './areas';

describe('areas', () => {
	it('protects the admin, coordination and resident areas by their permissions', () => {
		expect(areaOf('/admin')).toEqual({ kind: 'permission', action: 'area.admin' });
		expect(areaOf('/admin/konten/[id=uuid]')).toEqual({ kind: 'permission', action: 'account.list' });
		expect(areaOf('/admin/protokoll')).toEqual({ kind: 'permission', action: 'audit.read' });
		expect(areaOf('/koordination/import/vorlage.csv')).toEqual({ kind: 'permission', action: 'area.coordination' });
		expect(areaOf('/mein-bereich/daten/export')).toEqual({ kind: 'permission', action: 'area.resident' });
	});

	it('take the routes modules declare, the longest prefix deciding', () => {
		registerAreas({ '/beispiel': { kind: 'public' }, '/beispiel/[id=uuid]/bearbeiten': { kind: 'signed-in' } });
		expect(areaOf('/beispiel/[id=uuid]/bearbeiten/bild')).toEqual({ kind: 'signed-in' });
		expect(areaOf('/beispiel/[id=uuid]')).toEqual({ kind: 'public' });
		expect(() => registerAreas({ '/beispiel': { kind: 'signed-in' } })).toThrow('declared twice');
	});

	it('ignores route groups, which do not change URLs', () => {
		expect(areaOf('/(app)/admin/mail')).toEqual({ kind: 'permission', action: 'mail.read' });
		expect(areaOf('/(public)')).toEqual({ kind: 'public' });
	});

	it('refuses a route outside every named area', () => {
		expect(areaOf('/verwaltung-neu')).toEqual({ kind: 'unknown' });
		expect(areaOf('/administration')).toEqual({ kind: 'unknown' });
	});

	it('lists for search engines only public routes that are not unlisted', () => {
		expect(isListed('/')).toBe(true);
		expect(isListed('/impressum')).toBe(true);
		expect(isListed('/anmelden')).toBe(false);
		expect(isListed('/konto/bestaetigen')).toBe(false);
		expect(isListed('/mein-bereich/konto')).toBe(false);
		expect(isListed('/admin')).toBe(false);
		expect(isListed(null)).toBe(false);
	});
});
