import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { can } from '$lib/server/core/permissions';
import { recordAudit } from '$lib/server/core/audit';
import { submitForModeration } from '$lib/server/core/moderation';
import { setOrganisationMember } from '$lib/server/core/organisations';
import { organisations } from '../../../core/organisations/schema';
import { profileColumns, readProfileInput, replaceCategories } from './organisation-fields';


/**
 * A resident proposes an organisation: it waits in the moderation queue and the proposer
 * becomes its owner. Coordinators create organisations that are published at once.
 */
export async function proposeOrganisation(
	ctx: Ctx,
	input: unknown
): Promise<Result<{ organisationId: string; status: 'proposed' | 'published' }, 'forbidden' | 'invalid'>> {
	if (!can(ctx.actor, 'organisation.create', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden');
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
			const owner = await setOrganisationMember(
				{ ...ctx, db: tx },
				{ organisationId: row.id, accountId: ctx.actor.accountId, role: 'owner' },
				{ asCreator: true }
			);
			if (!owner.ok) throw new Error(`could not make the proposer owner: ${owner.error}`);
			await submitForModeration(tx, ctx.tenant.id, 'organisation', row.id, ctx.actor.accountId);
		}
		return row.id;
	});
	return ok({ organisationId, status });
}
