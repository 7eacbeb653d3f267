import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { fieldErrors } from '$lib/server/core/validation';
import { can } from '$lib/server/core/permissions';
import { recordAudit } from '$lib/server/core/audit';
import { submitForModeration } from '$lib/server/core/moderation';
import { setOrganisationMember } from '$lib/server/core/accounts';
import { organisations } from './schema';
import { ZOrganisationInput, ZOrganisationStaffInput } from './contracts';
import { profileColumns, replaceCategories, validCategoryIds } from './organisation-fields';

const isStaff = (ctx: Ctx) => ctx.actor.roles.includes('coordinator') || ctx.actor.roles.includes('admin');

/**
 * A resident proposes an organisation: it waits in the moderation queue and the proposer
 * becomes its owner. Coordinators create organisations that are published at once.
 */
export async function proposeOrganisation(
	ctx: Ctx,
	input: unknown
): Promise<Result<{ organisationId: string; status: 'proposed' | 'published' }, 'forbidden' | 'invalid'>> {
	if (!can(ctx.actor, 'organisation.create', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden');
	const parsed = ZOrganisationInput.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	if (!(await validCategoryIds(ctx.db, ctx.tenant.id, parsed.data.categoryIds))) return fail('invalid', { categoryIds: 'error.invalid' });
	const staff = isStaff(ctx);
	const staffFields = staff ? ZOrganisationStaffInput.parse(input) : {};
	const status = staff ? ('published' as const) : ('proposed' as const);

	const organisationId = await ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(organisations)
			.values({ ...profileColumns(parsed.data), ...staffFields, tenantId: ctx.tenant.id, status, createdBy: ctx.actor.accountId })
			.returning({ id: organisations.id });
		await replaceCategories(tx, ctx.tenant.id, row.id, parsed.data.categoryIds);
		if (staff) {
			await recordAudit(tx, ctx.actor, { action: 'organisation.created', entityType: 'organisation', entityId: row.id, after: { name: parsed.data.name, status } });
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
