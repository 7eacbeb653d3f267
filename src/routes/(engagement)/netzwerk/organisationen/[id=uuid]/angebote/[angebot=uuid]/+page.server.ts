import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formData, formFields, formValues, requireSignIn, valuesOf } from '$lib/server/core/http/guards';
import { failAction, valueOrError } from '$lib/server/core/http/results';
import { mayInTenant } from '$lib/server/core/authorize';
import { localName } from '$lib/i18n/localised';
import { confirmFirst, isConfirmed } from '$lib/components/forms/confirm';
import {
	archiveOpportunity,
	confirmOpportunity,
	EMPTY_DATE_ROWS,
	formValuesOf,
	lifecycleMessage,
	markOpportunityFilled,
	opportunityForEditing,
	opportunityInputFromForm,
	opportunityVocabulary,
	pauseOpportunity,
	publishOpportunity,
	resumeOpportunity,
	setOpportunityPhoto,
	submitOpportunity,
	updateOpportunity
} from '$lib/server/modules/engagement';
import type { Ctx } from '$lib/server/core/context';
import type { Result } from '$lib/server/core/result';

export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	const { locals, params } = event;
	const found = valueOrError(await opportunityForEditing(locals.ctx, { opportunityId: params.angebot }), locals.locale);
	// An opportunity is edited under its own organisation's address.
	if (found.organisation.id !== params.id) redirect(301, `${locals.basePath}/netzwerk/organisationen/${found.organisation.id}/angebote/${params.angebot}`);
	const { opportunity } = found;
	return {
		opportunity: {
			id: opportunity.id,
			title: opportunity.title,
			status: opportunity.status,
			photoPath: opportunity.photoPath,
			publishedAt: opportunity.publishedAt,
			expiresAt: opportunity.expiresAt,
			confirmedAt: opportunity.confirmedAt
		},
		values: formValuesOf(opportunity),
		organisation: found.organisation,
		places: found.places,
		fields: found.fields.map((f) => ({ id: f.id, label: localName(f, locals.locale) })),
		vocabulary: opportunityVocabulary,
		dateRows: opportunity.dates.length + EMPTY_DATE_ROWS,
		reviewRequired: found.reviewRequired,
		staff: mayInTenant(locals.ctx, 'opportunity.review')
	};
};

type Step = (ctx: Ctx, input: { opportunityId: string }) => Promise<Result<unknown>>;

/** One lifecycle button: the step, and the notice it leaves. */
const step =
	(run: Step, saved: string | ((value: unknown) => string)) =>
	async ({ locals, params }: { locals: App.Locals; params: { angebot: string } }) => {
		const result = await run(locals.ctx, { opportunityId: params.angebot });
		if (!result.ok) return failAction(result, { form: 'status', ...lifecycleMessage(result.error) });
		return { form: 'status', saved: typeof saved === 'string' ? saved : saved(result.value) };
	};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const values = await formValues(request);
		const result = await updateOpportunity(locals.ctx, { ...opportunityInputFromForm(values), opportunityId: params.angebot });
		if (!result.ok) return failAction(result, { form: 'opportunity', values });
		return { form: 'opportunity', saved: 'opp.saved.saved' };
	},
	// Where the town reviews, a submitted draft waits; elsewhere it is out at once.
	// The photo's buttons belong to the details form: its fields come along and are shown again as typed, not saved.
	photo: async ({ request, locals, params }) => {
		const sent = await formData(request);
		const values = valuesOf(sent);
		const upload = sent.get('photo');
		const data = upload instanceof File ? new Uint8Array(await upload.arrayBuffer()) : new Uint8Array();
		const result = await setOpportunityPhoto(locals.ctx, { opportunityId: params.angebot, photo: { data } });
		if (!result.ok) return failAction(result, { form: 'photo', values });
		return { form: 'photo', saved: 'opp.saved.photo', values };
	},
	removePhoto: async ({ request, locals, params }) => {
		const values = await formValues(request);
		const result = await setOpportunityPhoto(locals.ctx, { opportunityId: params.angebot, photo: { remove: true } });
		if (!result.ok) return failAction(result, { form: 'photo', values });
		return { form: 'photo', saved: 'opp.saved.photo_removed', values };
	},
	submit: step(submitOpportunity, (value) => ((value as { status: string }).status === 'review' ? 'opp.saved.submitted' : 'opp.saved.published')),
	publish: step(publishOpportunity, 'opp.saved.published'),
	pause: step(pauseOpportunity, 'opp.saved.paused'),
	resume: step(resumeOpportunity, 'opp.saved.resumed'),
	filled: step(markOpportunityFilled, 'opp.saved.filled'),
	confirm: step(confirmOpportunity, 'opp.saved.confirmed'),
	archive: async ({ request, locals, params }) => {
		if (!isConfirmed(await formFields(request))) {
			const found = await opportunityForEditing(locals.ctx, { opportunityId: params.angebot });
			if (!found.ok) return failAction(found, { form: 'status' });
			const consequences = [{ message: 'opp.archive_hidden' } as const, { message: 'opp.archive_restorable' } as const];
			return {
				form: 'status',
				...confirmFirst({ action: '?/archive', question: 'opp.archive_question', submit: 'opp.archive', params: { name: found.value.opportunity.title }, consequences, fields: {} })
			};
		}
		const result = await archiveOpportunity(locals.ctx, { opportunityId: params.angebot });
		if (!result.ok) return failAction(result, { form: 'status', ...lifecycleMessage(result.error) });
		redirect(303, `${locals.basePath}/netzwerk/organisationen/${params.id}/angebote?archiviert=1`);
	}
};
