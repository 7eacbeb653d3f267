import { z } from 'zod';
import { singleLine } from '$lib/server/core/validation';
import { languages } from '$lib/server/modules/directory';
import { ageBands, lookingFor, scheduleFromSlots, scheduleSlots } from '../vocabulary';

/** The travel radii the profile offers, in kilometres. */
export const TRAVEL_RADII = [1, 2, 5, 10, 20, 50] as const;
/** The radius a home postcode is read with when the person chose none. */
export const DEFAULT_RADIUS_KM = 10;

/** Form values arrive as one string or several. */
const listOf = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

const checkbox = z
	.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('')])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true');

/** Ids of the directory's rows (fields, districts): anything else cannot name one and is dropped. */
const idList = (max: number) => listOf.transform((v) => [...new Set(v)].filter((id) => z.uuid().safeParse(id).success)).pipe(z.array(z.string()).max(max, { error: 'error.too_many' }));

/** Skills as one line separated by commas ("Kochen, Excel") or as a list. */
const skills = listOf
	.transform((v) => [...new Set(v.flatMap((s) => s.split(/[,;\n]/)).map((s) => s.replace(/\s+/g, ' ').trim()))].filter((s) => s !== ''))
	.pipe(z.array(z.string().max(60, { error: 'engagement.error.skills' })).max(12, { error: 'engagement.error.skills' }));

const optionalChoice = <T extends string>(values: readonly T[]) =>
	z
		.union([z.literal(''), z.null(), z.enum(values)], { error: 'error.choose_one' })
		.optional()
		.transform((v) => (v ? v : null));

/**
 * What a volunteer tells about themselves. Every field may stay empty; unknown checkbox values are
 * dropped. "Ich möchte beraten werden" needs the consent box ticked as well.
 */
export const ZVolunteerProfileInput = z
	.object({
		interests: idList(30),
		skills,
		languages: listOf.transform((v) => [...new Set(v)].filter((x): x is (typeof languages)[number] => (languages as readonly string[]).includes(x))),
		/** Week grid slots ("sat-morning", …), stored as the bit mask of vocabulary.ts. */
		availability: listOf.transform((v) => scheduleFromSlots(v.filter((s) => scheduleSlots.includes(s)))),
		districts: idList(30),
		homePostcode: singleLine()
			.trim()
			.regex(/^(\d{5})?$/, { error: 'error.postcode' })
			.default(''),
		travelRadiusKm: z
			.union([z.literal(''), z.null(), z.coerce.number({ error: 'error.choose_one' }).refine((n) => (TRAVEL_RADII as readonly number[]).includes(n), { error: 'error.choose_one' })])
			.optional()
			.transform((v) => (typeof v === 'number' ? v : null)),
		ageBand: optionalChoice(ageBands),
		lookingFor: z
			.union([z.literal(''), z.enum(lookingFor)], { error: 'error.choose_one' })
			.optional()
			.transform((v) => v || 'both'),
		wantsAdvice: checkbox,
		adviceConsent: checkbox
	})
	.superRefine((v, ctx) => {
		if (v.wantsAdvice && !v.adviceConsent) ctx.addIssue({ code: 'custom', path: ['adviceConsent'], message: 'matching.error.consent' });
	});
export type TVolunteerProfileInput = z.output<typeof ZVolunteerProfileInput>;

/** "Passt zu mir", one page of it. */
export const ZMatchQuery = z
	.object({ seite: z.coerce.number().int().optional().catch(undefined) })
	.optional()
	.transform((v) => v ?? {});
