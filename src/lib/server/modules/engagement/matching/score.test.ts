import { describe, expect, it } from 'vitest';
import { scheduleBit, scheduleFromSlots } from '../vocabulary';
import { dateSlots, distanceKm, partOfDay, scoreMatch, WEIGHTS, type MatchCandidate, type MatchProfile } from './score';

const UMWELT = { id: 'f-umwelt', de: 'Umwelt & Naturschutz', en: 'Environment & nature' };
const SPORT = { id: 'f-sport', de: 'Sport', en: 'Sport' };
const HOME = { lat: 54.52, lng: 9.55 };
// About 1.2 km north of home: a hundredth of a degree of latitude is 1.11 km.
const NEAR = { lat: 54.5308, lng: 9.55, districtId: 'd-altstadt', districtName: 'Altstadt' };
const FAR = { lat: 54.62, lng: 9.55, districtId: 'd-nord', districtName: 'Nordufer' };

const profile = (over: Partial<MatchProfile> = {}): MatchProfile => ({
	interests: [],
	skills: [],
	languages: [],
	availability: 0,
	districts: [],
	home: null,
	travelRadiusKm: 10,
	ageBand: null,
	lookingFor: 'both',
	...over
});
const candidate = (over: Partial<MatchCandidate> = {}): MatchCandidate => ({
	commitment: 'regular',
	schedule: 0,
	dates: [],
	minAge: null,
	forYouth14: false,
	targetGroups: [],
	languages: [],
	skills: [],
	online: false,
	fields: [],
	places: [],
	...over
});
const TODAY = '2026-12-04';

describe('the parts of a week and a date', () => {
	it('reads a start time as morning, afternoon or evening', () => {
		expect([partOfDay('09:00'), partOfDay('12:00'), partOfDay('16:59'), partOfDay('17:00'), partOfDay(undefined)]).toEqual(['morning', 'afternoon', 'afternoon', 'evening', null]);
	});

	it('puts a fixed date into the week grid: its part of the day, or the whole day', () => {
		// 2026-12-05 is a Saturday (day 5).
		expect(dateSlots({ date: '2026-12-05', from: '10:00' })).toBe(scheduleBit(5, 0));
		expect(dateSlots({ date: '2026-12-05' })).toBe(scheduleBit(5, 0) | scheduleBit(5, 1) | scheduleBit(5, 2));
	});

	it('measures kilometres between two points', () => {
		expect(distanceKm(HOME, NEAR)).toBeCloseTo(1.2, 1);
		expect(distanceKm(HOME, HOME)).toBe(0);
	});
});

describe('how well an opportunity fits a profile', () => {
	it('gives the full score when everything the profile says fits, with a reason for each', () => {
		const match = scoreMatch(
			profile({ interests: [UMWELT.id], availability: scheduleFromSlots(['sat-morning', 'sun-evening']), home: HOME, travelRadiusKm: 5, lookingFor: 'once' }),
			candidate({ fields: [UMWELT, SPORT], schedule: scheduleFromSlots(['sat-morning']), places: [NEAR], commitment: 'once' }),
			TODAY
		)!;
		expect(match.fits.map((f) => f.kind)).toEqual(['interests', 'schedule', 'distance', 'commitment']);
		expect(match.fits[0]).toEqual({ kind: 'interests', fields: [UMWELT] });
		expect(match.fits[1]).toEqual({ kind: 'schedule', slots: scheduleBit(5, 0) });
		expect(match.misses).toEqual([]);
		expect(match.distanceKm).toBeCloseTo(1.2, 1);
		// Everything fits; only the distance within the radius costs a little.
		expect(match.score).toBe(Math.round((100 * (WEIGHTS.interests + WEIGHTS.time + WEIGHTS.place * (1 - 0.5 * (match.distanceKm! / 5)) + WEIGHTS.commitment)) / 85));
		expect(match.score).toBeGreaterThan(90);
	});

	it('judges only what the profile says: interests alone decide a profile of interests', () => {
		expect(scoreMatch(profile({ interests: [SPORT.id] }), candidate({ fields: [SPORT] }), TODAY)!.score).toBe(100);
		expect(scoreMatch(profile({ interests: [SPORT.id] }), candidate({ fields: [UMWELT] }), TODAY)!).toEqual({ score: 0, fits: [], misses: [], distanceKm: null });
	});

	it('says what does not fit: too far, other times, another kind of commitment', () => {
		const match = scoreMatch(
			profile({ interests: [UMWELT.id], availability: scheduleFromSlots(['mon-evening']), home: HOME, travelRadiusKm: 5, lookingFor: 'once' }),
			candidate({ fields: [UMWELT], schedule: scheduleFromSlots(['tue-evening']), places: [FAR], commitment: 'regular' }),
			TODAY
		)!;
		expect(match.fits.map((f) => f.kind)).toEqual(['interests']);
		expect(match.misses).toEqual([
			{ kind: 'other_times', slots: scheduleBit(1, 2) },
			{ kind: 'far', km: expect.closeTo(11.1, 0) as unknown as number, radiusKm: 5 },
			{ kind: 'commitment', commitment: 'regular', lookingFor: 'once' }
		]);
		expect(match.score).toBe(Math.round((100 * WEIGHTS.interests) / (WEIGHTS.interests + WEIGHTS.time + WEIGHTS.place + WEIGHTS.commitment)));
	});

	it('counts online opportunities as reachable from anywhere, and a chosen district as near', () => {
		expect(scoreMatch(profile({ home: HOME, travelRadiusKm: 1 }), candidate({ online: true }), TODAY)!.fits).toEqual([{ kind: 'online' }]);
		const inDistrict = scoreMatch(profile({ districts: ['d-nord'] }), candidate({ places: [FAR, NEAR] }), TODAY)!;
		expect(inDistrict.fits).toEqual([{ kind: 'district', names: ['Nordufer'] }]);
		expect(scoreMatch(profile({ districts: ['d-nord'] }), candidate({ places: [NEAR] }), TODAY)!.misses).toEqual([{ kind: 'elsewhere' }]);
	});

	it('matches fixed dates still ahead against the week grid', () => {
		const saturdays = profile({ availability: scheduleFromSlots(['sat-morning']) });
		const past = { date: '2026-11-28', from: '10:00' };
		const next = { date: '2026-12-05', from: '10:00' };
		expect(scoreMatch(saturdays, candidate({ dates: [past, next] }), TODAY)!.fits).toEqual([{ kind: 'date', date: '2026-12-05', part: 'morning' }]);
		expect(scoreMatch(saturdays, candidate({ dates: [{ date: '2026-12-07', from: '18:00' }] }), TODAY)!.misses).toEqual([{ kind: 'other_dates' }]);
		// Without any times, the opportunity is arranged with the organisation: half a fit.
		const open = scoreMatch(saturdays, candidate(), TODAY)!;
		expect(open).toMatchObject({ score: 50, fits: [{ kind: 'no_fixed_times' }] });
	});

	it('takes a project as one-off and as regular, spontaneous as one-off', () => {
		expect(scoreMatch(profile({ lookingFor: 'regular' }), candidate({ commitment: 'project' }), TODAY)!.score).toBe(100);
		expect(scoreMatch(profile({ lookingFor: 'once' }), candidate({ commitment: 'spontaneous' }), TODAY)!.score).toBe(100);
		expect(scoreMatch(profile({ lookingFor: 'regular' }), candidate({ commitment: 'once' }), TODAY)!.score).toBe(0);
	});

	it('compares languages and skills only where the opportunity asks for them, skills regardless of case', () => {
		const speaker = profile({ languages: ['ar', 'de'], skills: ['kochen', 'Excel'] });
		expect(scoreMatch(speaker, candidate(), TODAY)!).toMatchObject({ score: 0, fits: [] });
		const match = scoreMatch(speaker, candidate({ languages: ['ar', 'tr'], skills: ['Kochen', 'Gitarre'] }), TODAY)!;
		expect(match.fits).toEqual([
			{ kind: 'languages', languages: ['ar'] },
			{ kind: 'skills', skills: ['Kochen'] }
		]);
		expect(match.score).toBe(100);
	});

	it('rules out what a young person may not do yet and prefers what welcomes them', () => {
		const young = profile({ ageBand: 'under_18', interests: [SPORT.id] });
		expect(scoreMatch(young, candidate({ fields: [SPORT], minAge: 18 }), TODAY)).toBeNull();
		const welcome = scoreMatch(young, candidate({ fields: [SPORT], forYouth14: true, minAge: 14 }), TODAY)!;
		expect(welcome.fits.map((f) => f.kind)).toEqual(['interests', 'youth']);
		expect(welcome.score).toBe(100);
		expect(scoreMatch(young, candidate({ fields: [SPORT] }), TODAY)!.score).toBeLessThan(100);
		expect(scoreMatch(profile({ ageBand: '65_plus' }), candidate({ targetGroups: ['seniors'] }), TODAY)!.fits).toEqual([{ kind: 'seniors' }]);
		expect(scoreMatch(profile({ ageBand: '30_49' }), candidate({ minAge: 18 }), TODAY)).not.toBeNull();
	});
});
