import type { Actions, PageServerLoad } from './$types';
import { ageBands, dayParts, deleteVolunteerProfile, lookingFor, saveVolunteerProfile, showVolunteerProfile, slotsOfSchedule, TRAVEL_RADII, weekdays } from '$lib/server/modules/engagement';
import { languages } from '$lib/server/modules/directory';
import { formValues } from '$lib/server/core/http/guards';
import { failAction, valueOrError } from '$lib/server/core/http/results';
import { confirmFirst, isConfirmed } from '$lib/components/forms/confirm';

export const load: PageServerLoad = async ({ locals }) => {
	const view = valueOrError(await showVolunteerProfile(locals.ctx), locals.locale);
	const p = view.profile;
	return {
		fields: view.fields.map((f) => ({ value: f.id, label: locals.locale === 'en' ? f.en : f.de })),
		districts: view.districts.map((d) => ({ value: d.id, label: d.name })),
		languages: [...languages],
		weekdays: [...weekdays],
		dayParts: [...dayParts],
		ageBands: [...ageBands],
		lookingFor: [...lookingFor],
		radii: [...TRAVEL_RADII],
		homeLocated: view.homeLocated,
		adviceConsentAt: p?.adviceConsentAt ?? null,
		exists: !!p,
		// The form's values as a failed submit would send them back.
		values: {
			interests: p?.interests ?? [],
			skills: (p?.skills ?? []).join(', '),
			languages: p?.languages ?? [],
			availability: slotsOfSchedule(p?.availability ?? 0),
			districts: p?.districts ?? [],
			homePostcode: p?.homePostcode ?? '',
			travelRadiusKm: p?.travelRadiusKm ? String(p.travelRadiusKm) : '',
			ageBand: p?.ageBand ?? '',
			lookingFor: p?.lookingFor ?? 'both',
			wantsAdvice: p?.wantsAdvice ? 'on' : '',
			adviceConsent: p?.adviceConsentAt ? 'on' : ''
		} as Record<string, string | string[]>
	};
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const values = await formValues(request);
		const result = await saveVolunteerProfile(locals.ctx, values);
		if (!result.ok) return failAction(result, { form: 'save', values });
		return { form: 'save', saved: true };
	},
	delete: async ({ request, locals }) => {
		const values = await formValues(request);
		if (!isConfirmed(values))
			return confirmFirst({
				action: '?/delete',
				question: 'matching.profile.delete_question',
				submit: 'matching.profile.delete',
				consequences: [{ message: 'matching.profile.delete_consequence' }],
				fields: {}
			});
		const result = await deleteVolunteerProfile(locals.ctx);
		if (!result.ok) return failAction(result, { form: 'delete' });
		return { form: 'delete', deleted: true };
	}
};
