import { z } from 'zod';
import { longText, requiredText } from '$lib/server/core/validation';
import { ZRef } from '$lib/server/core/use-case';

/** A volunteer who asked for advice, named by their account. */
export const ZVolunteerRef = z.object({ accountId: ZRef });

/** A Beratungsgespräch as the coordinator logs it; the day cannot lie in the future. */
export const ZConsultationInput = z.object({
	accountId: ZRef,
	heldOn: z.iso.date({ error: 'error.date' }),
	topic: requiredText(150),
	note: longText(5_000)
});
export type TConsultationInput = z.output<typeof ZConsultationInput>;

/** An opportunity a coordinator suggests to a volunteer, with a few words why. */
export const ZSuggestionInput = z.object({
	accountId: ZRef,
	opportunityId: z.guid({ error: 'engagement.broker.error.choose_opportunity' }),
	message: longText(2_000)
});
export type TSuggestionInput = z.output<typeof ZSuggestionInput>;

/** The volunteer's answer to a suggestion. */
export const ZSuggestionAnswer = z.object({
	suggestionId: ZRef,
	answer: z.enum(['accept', 'decline'], { error: 'error.choose_one' })
});

/** "Ich möchte beraten werden": given with the consent box ticked, or withdrawn. */
export const ZAdviceConsent = z.discriminatedUnion('wantsAdvice', [
	z.object({ wantsAdvice: z.literal(true), consent: z.literal(true, { error: 'engagement.broker.error.consent' }) }),
	z.object({ wantsAdvice: z.literal(false) })
]);
