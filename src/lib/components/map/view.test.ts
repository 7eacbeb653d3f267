import { describe, expect, it } from 'vitest';
import { GERMANY, stateView } from './view';

describe('the first view of a map without places or districts', () => {
	it('shows the Bundesland of the town, or all of Germany', () => {
		const sh = stateView('SH');
		// Schleswig-Holstein lies between about 53.4 and 55.1 north, 7.9 and 11.3 east.
		expect(sh.lat).toBeGreaterThan(53.4);
		expect(sh.lat).toBeLessThan(55.1);
		expect(sh.lng).toBeGreaterThan(7.9);
		expect(sh.lng).toBeLessThan(11.3);
		// A city state is shown closer than a large Land.
		expect(stateView('HH').zoom).toBeGreaterThan(stateView('BY').zoom);
		expect(stateView('')).toEqual(GERMANY);
		expect(stateView('XX')).toEqual(GERMANY);
	});
});
