import { z } from 'zod';
import { longText, phoneNumber, requiredText, singleLine, text } from '$lib/server/core/validation';
import { ZRef } from '$lib/server/core/use-case';
import { languages } from '$lib/server/modules/directory';
import { commitments, offers, requirements, scheduleFromSlots, scheduleSlots, welcomeGroups, type OpportunityDate } from './vocabulary';

const optionalEmail = z
	.union([
		z.literal(''),
		singleLine()
			.trim()
			.toLowerCase()
			.pipe(z.email({ error: 'error.email' }))
	])
	.default('');

/** Form values arrive as one string or several. */
const listOf = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** Checkbox groups: unknown values are dropped. */
const setOf = <T extends string>(values: readonly T[]) => listOf.transform((v) => [...new Set(v)].filter((x): x is T => (values as readonly string[]).includes(x)));

const checkbox = z
	.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('')])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true');

/** A whole number in a range, or empty (left out). */
const optionalCount = (min: number, max: number, message: 'engagement.error.hours' | 'engagement.error.min_age' | 'engagement.error.volunteers') =>
	z
		.union([z.literal(''), z.null(), z.coerce.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message })], { error: message })
		.optional()
		.transform((v) => (v === '' || v === undefined || v === null ? null : v));

const optionalDate = z
	.union([z.literal(''), z.null(), z.iso.date({ error: 'error.date' })])
	.optional()
	.transform((v) => v || null);

const time = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'engagement.error.dates' })]).optional();

/** A fixed date; empty rows of the form are dropped before. */
const ZOpportunityDate = z
	.object({ date: z.iso.date({ error: 'engagement.error.dates' }), from: time, to: time })
	.transform(({ date, from, to }): OpportunityDate => ({ date, ...(from ? { from } : {}), ...(to ? { to } : {}) }));

/** Skills as a list, or as one line separated by commas ("Kochen, Excel"). */
const skills = listOf
	.transform((v) => [...new Set(v.flatMap((s) => s.split(/[,;\n]/)).map((s) => s.replace(/\s+/g, ' ').trim()))].filter((s) => s !== ''))
	.pipe(z.array(z.string().max(60, { error: 'engagement.error.skills' })).max(12, { error: 'engagement.error.skills' }));

const ids = (max: number, message: 'engagement.error.fields' | 'error.too_many') => listOf.pipe(z.array(z.uuid({ error: 'error.invalid' })).max(max, { error: message }));

/** The fields of an Engagementangebot, without the checks across fields. */
const ZOpportunityFields = z.object({
	title: requiredText(150),
	description: longText(20_000),
	tasks: longText(5_000),
	commitment: z.enum(commitments, { error: 'error.choose_one' }),
	hoursPerMonth: optionalCount(1, 200, 'engagement.error.hours'),
	/** Week grid slots ("mon-morning", …), stored as the bit mask of vocabulary.ts. */
	schedule: z
		.union([z.number().int(), listOf])
		.optional()
		.transform((v) => (typeof v === 'number' ? v : scheduleFromSlots((v ?? []).filter((s) => scheduleSlots.includes(s))))),
	dates: z.array(ZOpportunityDate).max(20, { error: 'engagement.error.too_many_dates' }).default([]),
	startsOn: optionalDate,
	endsOn: optionalDate,
	minAge: optionalCount(6, 99, 'engagement.error.min_age'),
	forYouth14: checkbox,
	targetGroups: setOf(welcomeGroups),
	languages: setOf(languages),
	skills,
	requirements: setOf(requirements),
	offers: setOf(offers),
	accessibility: longText(1_000),
	volunteersWanted: optionalCount(1, 999, 'engagement.error.volunteers'),
	contactName: text(120),
	contactEmail: optionalEmail,
	contactPhone: phoneNumber(40),
	/** Ortsunabhängig: online, by phone or from home. */
	online: checkbox,
	/** Some of the organisation's Engagement-Orte. */
	placeIds: ids(20, 'error.too_many'),
	/** The directory's fields of activity. */
	fieldIds: ids(5, 'engagement.error.fields')
});

/** The checks across fields: a sentence beside the field that has to change. */
function checkAcross(v: z.output<typeof ZOpportunityFields>, ctx: z.core.$RefinementCtx) {
	if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'engagement.error.ends_before_start' });
	if (!v.online && v.placeIds.length === 0) ctx.addIssue({ code: 'custom', path: ['placeIds'], message: 'engagement.error.where' });
	if (v.forYouth14 && v.minAge !== null && v.minAge > 14) ctx.addIssue({ code: 'custom', path: ['minAge'], message: 'engagement.error.youth_age' });
}

/** An Engagementangebot as the organisation (or the office on its behalf) fills it in. */
export const ZOpportunityInput = ZOpportunityFields.superRefine(checkAcross);
export type TOpportunityInput = z.output<typeof ZOpportunityInput>;

/** Which organisation a new opportunity belongs to; its permission is asked on this before the fields. */
export const ZOrganisationTarget = z.object({ organisationId: ZRef });
/** A new opportunity: the organisation and the fields side by side, so errors name the fields as the form does. */
export const ZOpportunityCreation = ZOpportunityFields.extend({ organisationId: ZRef }).superRefine(checkAcross);
export const ZOpportunityRef = z.object({ opportunityId: ZRef });
export const ZOpportunityUpdate = ZOpportunityFields.extend({ opportunityId: ZRef }).superRefine(checkAcross);
/** A coordinator's decision on an opportunity in review; returning it needs a reason. */
export const ZOpportunityDecision = z.discriminatedUnion('approve', [
	z.object({ opportunityId: ZRef, approve: z.literal(true) }),
	z.object({ opportunityId: ZRef, approve: z.literal(false), reason: requiredText(1_000) })
]);
/** A new photo's bytes as uploaded, or its removal. */
export const ZOpportunityPhoto = z.object({
	opportunityId: ZRef,
	photo: z.union([z.object({ data: z.instanceof(Uint8Array) }), z.object({ remove: z.literal(true) })])
});

/** The Freiwilligenbörse's settings of a town (Verwaltung → Freiwilligenbörse); the hosts that may embed it have their own page. */
export const ZEngagementSettings = z.object({
	reviewRequired: checkbox,
	expiryMonths: z.coerce.number({ error: 'error.invalid' }).int({ error: 'error.invalid' }).min(1, { error: 'error.invalid' }).max(36, { error: 'error.invalid' })
});
export type TEngagementSettings = z.output<typeof ZEngagementSettings>;
