import { describe, expect, it } from 'vitest';
import { scheduleFromSlots } from '../vocabulary';
import { describeMatch, kilometres, listOf, slotsText } from './reasons';

const UMWELT = { id: 'a', de: 'Umwelt', en: 'Environment' };
const SPORT = { id: 'b', de: 'Sport', en: 'Sport' };

describe('the words of a match', () => {
	it('lists as each language does', () => {
		expect(listOf('de', ['Umwelt'])).toBe('Umwelt');
		expect(listOf('de', ['Umwelt', 'Sport'])).toBe('Umwelt und Sport');
		expect(listOf('de', ['A', 'B', 'C'])).toBe('A, B und C');
		expect(listOf('en', ['A', 'B', 'C'])).toBe('A, B and C');
	});

	it('writes kilometres with the decimal mark of the language, one decimal at most', () => {
		expect([kilometres('de', 1.234), kilometres('de', 12), kilometres('de', 0.04), kilometres('en', 1.25)]).toEqual(['1,2', '12', '0', '1.3']);
	});

	it('names the slots by day, at most three days, the rest counted', () => {
		expect(slotsText('de', scheduleFromSlots(['sat-morning']))).toBe('Samstag vormittags');
		expect(slotsText('de', scheduleFromSlots(['sat-morning', 'sat-afternoon', 'sun-evening']))).toBe('Samstag vormittags und nachmittags, Sonntag abends');
		expect(slotsText('de', scheduleFromSlots(['mon-evening', 'tue-evening', 'wed-evening', 'thu-evening', 'fri-evening']))).toBe(
			'Montag abends, Dienstag abends, Mittwoch abends und an 2 weiteren Tagen'
		);
		expect(slotsText('en', scheduleFromSlots(['sat-morning', 'sat-afternoon']))).toBe('Saturday mornings and afternoons');
	});

	it('says why in one sentence, the way the issue asks for it', () => {
		const fits = describeMatch('de', {
			fits: [
				{ kind: 'interests', fields: [UMWELT] },
				{ kind: 'schedule', slots: scheduleFromSlots(['sat-morning']) },
				{ kind: 'distance', km: 1.2 }
			],
			misses: []
		});
		expect(fits).toEqual({ fits: 'Passt zu Ihrem Interesse Umwelt, Samstag vormittags, 1,2 km entfernt.', misses: null });
		expect(describeMatch('de', { fits: [{ kind: 'interests', fields: [UMWELT, SPORT] }], misses: [] }).fits).toBe('Passt zu Ihren Interessen Umwelt und Sport.');
		expect(
			describeMatch('en', {
				fits: [
					{ kind: 'interests', fields: [UMWELT, SPORT] },
					{ kind: 'distance', km: 1.2 }
				],
				misses: []
			}).fits
		).toBe('Fits your interests Environment and Sport, 1.2 km away.');
	});

	it('says what fits less well', () => {
		const text = describeMatch('de', {
			fits: [],
			misses: [
				{ kind: 'far', km: 8.44, radiusKm: 5 },
				{ kind: 'commitment', commitment: 'regular', lookingFor: 'once' },
				{ kind: 'other_times', slots: scheduleFromSlots(['tue-evening']) }
			]
		});
		expect(text).toEqual({ fits: null, misses: 'Passt weniger: 8,4 km entfernt, weiter als Ihre 5 km, regelmäßig, Sie suchen etwas Einmaliges, zu anderen Zeiten (Dienstag abends).' });
	});

	it('words every other kind of reason from the catalogue, in both languages', () => {
		const all = describeMatch('de', {
			fits: [
				{ kind: 'date', date: '2026-12-05', part: 'morning' },
				{ kind: 'district', names: ['Altstadt', 'Hafen'] },
				{ kind: 'online' },
				{ kind: 'commitment', commitment: 'once' },
				{ kind: 'languages', languages: ['ar'] },
				{ kind: 'skills', skills: ['Kochen', 'Excel'] },
				{ kind: 'youth' },
				{ kind: 'seniors' },
				{ kind: 'no_fixed_times' }
			],
			misses: [{ kind: 'elsewhere' }, { kind: 'other_dates' }]
		});
		expect(all.fits).toBe(
			'Passt am Samstag, 5. Dezember vormittags, in den Stadtteilen Altstadt und Hafen, ortsunabhängig, einmalig, wie Sie es suchen, mit Ihrer Sprache Arabisch, mit Ihren Fähigkeiten Kochen und Excel, für Jugendliche ab 14, Senior*innen willkommen, ohne feste Zeiten.'
		);
		expect(all.misses).toBe('Passt weniger: nicht in Ihren Stadtteilen, an Terminen, zu denen Sie keine Zeit angegeben haben.');
		const english = describeMatch('en', {
			fits: [
				{ kind: 'date', date: '2026-12-05', part: null },
				{ kind: 'languages', languages: ['ar', 'tr'] }
			],
			misses: []
		});
		expect(english.fits).toBe('Fits on Saturday 5 December, your languages Arabic and Turkish.');
	});
});
