import { languages } from '$lib/server/modules/directory';
import { commitments, dayParts, offers, requirements, slotsOfSchedule, weekdays, welcomeGroups, type OpportunityDate } from '../vocabulary';

/** How many date rows the form offers; an opportunity keeps up to 20 (the API), the form shows what it has and a few empty ones. */
export const EMPTY_DATE_ROWS = 3;

/** The HTML form sends fixed dates as numbered rows (date0, from0, to0, …); the contracts want a list, without empty rows. */
export function opportunityInputFromForm(values: Record<string, string | string[]>): Record<string, unknown> {
	const dates: Record<string, string>[] = [];
	for (let i = 0; i < 20 && `date${i}` in values; i++) {
		const row = { date: String(values[`date${i}`] ?? '').trim(), from: String(values[`from${i}`] ?? '').trim(), to: String(values[`to${i}`] ?? '').trim() };
		if (row.date || row.from || row.to) dates.push(row);
	}
	return { ...values, dates };
}

/** A stored opportunity (or what was typed) as the form's values: the week mask as its slots, dates as rows. */
export function formValuesOf(values: Record<string, unknown>): Record<string, unknown> {
	const schedule = typeof values.schedule === 'number' ? slotsOfSchedule(values.schedule) : values.schedule;
	const rows: Record<string, string> = {};
	if (Array.isArray(values.dates))
		(values.dates as OpportunityDate[]).forEach((d, i) => {
			rows[`date${i}`] = d.date;
			rows[`from${i}`] = d.from ?? '';
			rows[`to${i}`] = d.to ?? '';
		});
	const skills = Array.isArray(values.skills) ? (values.skills as string[]).join(', ') : values.skills;
	return { ...values, ...rows, schedule, skills };
}

/** The closed lists the opportunity form offers. */
export const opportunityVocabulary = { commitments, welcomeGroups, languages, requirements, offers, weekdays, dayParts };
