import { and, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { fileStorage, newFileKey } from '$lib/server/core/files';
import { normaliseLogo } from '$lib/server/core/files/images';
import { organisations } from '../../../core/organisations/schema';
import { ZOrganisationLogo, ZOrganisationRef } from '../contracts';
import { liveOrganisation, mayEditOrganisation } from './organisation-access';

/**
 * Owners, editors and coordinators upload the organisation's logo (stored as a PNG of at most
 * 480 × 240 pixels through the file storage) or remove it. The old file goes once the new one
 * is recorded, so a failed save never leaves the profile without its picture.
 */
export const setOrganisationLogo = useCase({
	target: ZOrganisationRef,
	input: ZOrganisationLogo,
	allowed: mayEditOrganisation,
	run: async (ctx, { organisationId, logo }) => {
		const org = await liveOrganisation(ctx, organisationId);
		if (!org) return fail('not_found');
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
});
