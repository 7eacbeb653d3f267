import { and, eq } from 'drizzle-orm';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { can } from '$lib/server/core/permissions';
import { recordAudit } from '$lib/server/core/audit';
import { fileStorage, newFileKey } from '$lib/server/core/files';
import { normaliseLogo } from '$lib/server/core/files/images';
import { organisations } from '../../../core/organisations/schema';
import { findOrganisation } from '../../../core/organisations/queries';

/**
 * Owners, editors and coordinators upload the organisation's logo (stored as a PNG of at most
 * 480 × 240 pixels through the file storage) or remove it. The old file goes once the new one
 * is recorded, so a failed save never leaves the profile without its picture.
 */
export async function setOrganisationLogo(
	ctx: Ctx,
	organisationId: string,
	logo: { data: Uint8Array } | { remove: true }
): Promise<Result<{ logoPath: string | null }, 'forbidden' | 'invalid' | 'not_found'>> {
	const org = await findOrganisation(ctx.db, ctx.tenant.id, organisationId);
	if (!org || org.status === 'merged') return fail('not_found');
	if (!can(ctx.actor, 'organisation.edit', { kind: 'organisation', tenantId: ctx.tenant.id, organisationId })) return fail('forbidden');
	let logoPath: string | null = null;
	if ('data' in logo) {
		if (!logo.data.byteLength) return fail('invalid', { logo: 'error.image_missing' });
		const image = await normaliseLogo(logo.data);
		if (!image.ok) return fail('invalid', { logo: image.error });
		logoPath = newFileKey(ctx.tenant.id, 'organisation-logo', 'png');
		await fileStorage().put(logoPath, image.png);
	}
	try {
		await ctx.db.transaction(async (tx) => {
			await tx
				.update(organisations)
				.set({ logoPath, updatedAt: new Date() })
				.where(and(eq(organisations.tenantId, ctx.tenant.id), eq(organisations.id, organisationId)));
			await recordAudit(tx, ctx.actor, {
				action: logoPath ? 'organisation.logo_set' : 'organisation.logo_removed',
				entityType: 'organisation',
				entityId: organisationId,
				before: { logoPath: org.logoPath },
				after: { logoPath }
			});
		});
	} catch (error) {
		if (logoPath) await fileStorage().delete(logoPath);
		throw error;
	}
	if (org.logoPath && org.logoPath !== logoPath) await fileStorage().delete(org.logoPath);
	return ok({ logoPath });
}
