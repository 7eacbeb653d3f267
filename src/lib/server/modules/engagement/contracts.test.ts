import { describe, expect, it } from 'vitest';
import { fieldErrors } from '$lib/server/core/validation';
import { ZOpportunityInput } from './contracts';
import { FULL_WEEK, scheduleFromSlots, slotsOfSchedule, scheduleSlots } from './vocabulary';

describe('an opportunity as typed', () => {
	it('reads a form: slots to the week mask, skills split, empty numbers left out', () => {
		const parsed = ZOpportunityInput.parse({
			title: ' Lesepatenschaft ',
			commitment: 'regular',
			schedule: ['tue-afternoon', 'nope', 'sat-morning'],
			skills: 'Vorlesen, Geduld,, Vorlesen',
			hoursPerMonth: '',
			minAge: '16',
			online: 'on',
			requirements: ['first_aid', 'flying'],
			languages: 'tr'
		});
		expect(parsed).toMatchObject({ title: 'Lesepatenschaft', hoursPerMonth: null, minAge: 16, online: true, skills: ['Vorlesen', 'Geduld'], requirements: ['first_aid'], languages: ['tr'] });
		expect(slotsOfSchedule(parsed.schedule)).toEqual(['tue-afternoon', 'sat-morning']);
	});

	it('says what is wrong beside each field', () => {
		const result = ZOpportunityInput.safeParse({ title: '', commitment: 'sometimes', hoursPerMonth: 'viele', startsOn: '2026-05-02', endsOn: '2026-05-01', forYouth14: 'on', minAge: '16' });
		expect(result.success).toBe(false);
		expect(fieldErrors(result.error!)).toMatchObject({
			title: 'error.required',
			commitment: 'error.choose_one',
			hoursPerMonth: 'engagement.error.hours'
		});
		const refined = ZOpportunityInput.safeParse({ title: 'Tafel', commitment: 'once', startsOn: '2026-05-02', endsOn: '2026-05-01', forYouth14: 'on', minAge: '16' });
		expect(fieldErrors(refined.error!)).toEqual({ endsOn: 'engagement.error.ends_before_start', placeIds: 'engagement.error.where', minAge: 'engagement.error.youth_age' });
	});

	it('has a week of 21 slots', () => {
		expect(scheduleFromSlots(scheduleSlots)).toBe(FULL_WEEK);
		expect(slotsOfSchedule(1)).toEqual(['mon-morning']);
	});
});
