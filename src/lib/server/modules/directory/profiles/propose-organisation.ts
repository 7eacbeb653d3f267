import { ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { submitForModeration } from '$lib/server/core/moderation';
import { setOrganisationMember } from '$lib/server/core/organisations';
import { organisations } from '../../../core/organisations/schema';
import { ZOrganisationForm } from '../contracts';
import { profileColumns, readProfileInput, replaceCategories } from './organisation-fields';

/**
 * A resident proposes an organisation: it waits in the moderation queue and the proposer
 * becomes its owner. Coordinators create organisations that are published at once.
 */
export const proposeOrganisation = useCase({
	input: ZOrganisationForm,
	permission: 'organisation.create',
	run: async (ctx, input) => {
		const read = await readProfileInput(ctx, input);
		if (!read.ok) return read;
		const { profile, staffFields, staff } = read.value;
		const status = staff ? ('published' as const) : ('proposed' as const);

		const organisationId = await ctx.db.transaction(async (tx) => {
			const [row] = await tx
				.insert(organisations)
				.values({ ...profileColumns(profile), ...staffFields, tenantId: ctx.tenant.id, status, createdBy: ctx.actor.accountId })
				.returning({ id: organisations.id });
			await replaceCategories(tx, ctx.tenant.id, row.id, profile.categoryIds);
			if (staff) {
				await recordAudit(tx, ctx.actor, { action: 'organisation.created', entityType: 'organisation', entityId: row.id, after: { name: profile.name, status } });
			} else {
				const owner = await setOrganisationMember({ ...ctx, db: tx }, { organisationId: row.id, accountId: ctx.actor.accountId, role: 'owner' }, { asCreator: true });
				if (!owner.ok) throw new Error(`could not make the proposer owner: ${owner.error}`);
				await submitForModeration(tx, ctx, 'organisation', row.id, ctx.actor.accountId);
			}
			return row.id;
		});
		return ok({ organisationId, status });
	}
});
