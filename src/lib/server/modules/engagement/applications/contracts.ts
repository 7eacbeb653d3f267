import { z } from 'zod';
import { longText, phoneNumber, requiredLongText, requiredText, singleLine, text } from '$lib/server/core/validation';
import { ZRef } from '$lib/server/core/use-case';
import { ageBands } from '../vocabulary';

const checkbox = z
	.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('')])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true');

const email = singleLine({ error: 'error.required' })
	.trim()
	.toLowerCase()
	.min(1, { error: 'error.required' })
	.max(254, { error: 'error.too_long' })
	.pipe(z.email({ error: 'error.email' }));

/**
 * "Ich habe Interesse": a short message and what the person chooses to share. The name is always
 * passed on (an organisation answers a person, not a number); e-mail and phone only when ticked.
 */
export const ZApplicationInput = z
	.object({
		opportunityId: ZRef,
		message: longText(2_000),
		shareEmail: checkbox,
		sharePhone: checkbox,
		phone: phoneNumber(40),
		postcode: z
			.union([
				z.literal(''),
				singleLine()
					.trim()
					.regex(/^\d{5}$/, { error: 'engagement.apply.error_postcode' })
			])
			.optional()
			.default(''),
		ageBand: z
			.union([z.literal(''), z.enum(ageBands, { error: 'error.choose_one' })])
			.optional()
			.default(''),
		/** Only for guests: who applies, and where the confirmation goes. */
		name: text(120),
		/** Checked as an address by ZGuest, together with the name. */
		email: text(254)
	})
	.superRefine((v, ctx) => {
		if (v.sharePhone && !v.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'engagement.apply.error_phone' });
	});
export type TApplicationInput = z.output<typeof ZApplicationInput>;

/** A guest must give a name and an address; checked after the common fields. */
export const ZGuest = z.object({ name: requiredText(120), email });

export const ZToken = z.object({ token: z.string().min(1, { error: 'error.invalid_token' }).max(100, { error: 'error.invalid_token' }) });

/** An application as its organisation sees it: the organisation is named so its permission is asked first. */
export const ZOrganisationApplication = z.object({ organisationId: ZRef, applicationId: ZRef });
export const ZOrganisationOpportunity = z.object({ organisationId: ZRef, opportunityId: ZRef });
export const ZOrganisationRef = z.object({ organisationId: ZRef });
export const ZOwnApplication = z.object({ applicationId: ZRef });

/** What the organisation may set; `withdrawn` belongs to the volunteer. */
export const organisationStatuses = ['new', 'in_contact', 'accepted', 'declined'] as const;

export const ZStatusChange = ZOrganisationApplication.extend({ status: z.enum(organisationStatuses, { error: 'error.choose_one' }) });
export const ZNote = ZOrganisationApplication.extend({ text: requiredLongText(2_000) });
/** A reply mailed to the applicant, optionally with a new status (accept with a template). */
export const ZReply = ZOrganisationApplication.extend({
	text: requiredLongText(5_000),
	status: z
		.union([z.literal(''), z.enum(organisationStatuses, { error: 'error.choose_one' })])
		.optional()
		.default('')
});

export const ZTemplateInput = z.object({ name: requiredText(120), text: requiredLongText(5_000) });
export const ZTemplateCreation = ZOrganisationRef.extend(ZTemplateInput.shape);
export const ZTemplateUpdate = ZOrganisationRef.extend({ templateId: ZRef, ...ZTemplateInput.shape });
export const ZTemplateRef = ZOrganisationRef.extend({ templateId: ZRef });
