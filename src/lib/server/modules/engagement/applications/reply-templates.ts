import { and, asc, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { findOrganisation } from '$lib/server/core/organisations';
import { replyTemplates } from '../schema';
import { ZOrganisationRef, ZTemplateCreation, ZTemplateRef, ZTemplateUpdate } from './contracts';
import { managesApplications } from './queries';

/** An organisation keeps a handful of answers; more than this is a sign they should be one. */
export const MAX_TEMPLATES = 30;

const allowed = (ctx: Parameters<typeof managesApplications>[0], { organisationId }: { organisationId: string }) => managesApplications(ctx, organisationId);
const ofOrganisation = (tenantId: string, organisationId: string, templateId: string) =>
	and(eq(replyTemplates.tenantId, tenantId), eq(replyTemplates.organisationId, organisationId), eq(replyTemplates.id, templateId));

/** The organisation's reply templates, A–Z, for the page that manages them. */
export const listReplyTemplates = useCase({
	input: ZOrganisationRef,
	target: ZOrganisationRef,
	allowed,
	run: async (ctx, { organisationId }) => {
		const organisation = await findOrganisation(ctx.db, ctx.tenant.id, organisationId);
		if (!organisation) return fail('not_found');
		const templates = await ctx.db
			.select({ id: replyTemplates.id, name: replyTemplates.name, text: replyTemplates.text })
			.from(replyTemplates)
			.where(and(eq(replyTemplates.tenantId, ctx.tenant.id), eq(replyTemplates.organisationId, organisationId)))
			.orderBy(asc(replyTemplates.name));
		return ok({ organisation: { id: organisation.id, name: organisation.name }, templates });
	}
});

export const createReplyTemplate = useCase({
	input: ZTemplateCreation,
	target: ZOrganisationRef,
	allowed,
	run: async (ctx, { organisationId, name, text }) => {
		if (!(await findOrganisation(ctx.db, ctx.tenant.id, organisationId))) return fail('not_found');
		const existing = await ctx.db
			.select({ id: replyTemplates.id })
			.from(replyTemplates)
			.where(and(eq(replyTemplates.tenantId, ctx.tenant.id), eq(replyTemplates.organisationId, organisationId)));
		if (existing.length >= MAX_TEMPLATES) return fail('invalid', { name: 'error.too_many' });
		const [row] = await ctx.db.insert(replyTemplates).values({ tenantId: ctx.tenant.id, organisationId, name, text }).returning({ id: replyTemplates.id });
		return ok({ id: row.id });
	}
});

export const updateReplyTemplate = useCase({
	input: ZTemplateUpdate,
	target: ZOrganisationRef,
	allowed,
	run: async (ctx, { organisationId, templateId, name, text }) => {
		const changed = await ctx.db
			.update(replyTemplates)
			.set({ name, text, updatedAt: new Date() })
			.where(ofOrganisation(ctx.tenant.id, organisationId, templateId))
			.returning({ id: replyTemplates.id });
		return changed.length ? ok(null) : fail('not_found');
	}
});

export const deleteReplyTemplate = useCase({
	input: ZTemplateRef,
	target: ZOrganisationRef,
	allowed,
	run: async (ctx, { organisationId, templateId }) => {
		const gone = await ctx.db
			.delete(replyTemplates)
			.where(ofOrganisation(ctx.tenant.id, organisationId, templateId))
			.returning({ id: replyTemplates.id });
		return gone.length ? ok(null) : fail('not_found');
	}
});
