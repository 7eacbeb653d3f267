import { and, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { fileStorage, newFileKey } from '$lib/server/core/files';
import { normaliseLogo } from '$lib/server/core/files/images';
import { opportunities } from '../schema';
import { ZOpportunityPhoto, ZOpportunityRef } from '../contracts';
import { findOpportunity, mayManageOpportunity } from './access';

/**
 * An opportunity's photo, stored like an organisation's logo (a PNG of at most 480 × 240 pixels,
 * through the file storage), or its removal. The old file goes once the new one is recorded.
 */
export const setOpportunityPhoto = useCase({
	target: ZOpportunityRef,
	input: ZOpportunityPhoto,
	allowed: mayManageOpportunity,
	run: async (ctx, { opportunityId, photo }) => {
		const found = await findOpportunity(ctx.db, ctx.tenant.id, opportunityId);
		if (!found) return fail('not_found');
		let photoPath: string | null = null;
		if ('data' in photo) {
			if (!photo.data.byteLength) return fail('invalid', { photo: 'error.image_missing' });
			const image = await normaliseLogo(photo.data);
			if (!image.ok) return fail('invalid', { photo: image.error });
			photoPath = newFileKey(ctx.tenant.id, 'opportunity-photo', 'png');
			await fileStorage().put(photoPath, image.png);
		}
		try {
			await ctx.db.transaction(async (tx) => {
				await tx
					.update(opportunities)
					.set({ photoPath, updatedAt: new Date() })
					.where(and(eq(opportunities.tenantId, ctx.tenant.id), eq(opportunities.id, opportunityId)));
				await recordAudit(tx, ctx.actor, {
					action: photoPath ? 'opportunity.photo_set' : 'opportunity.photo_removed',
					entityType: 'opportunity',
					entityId: opportunityId,
					before: { photoPath: found.photoPath },
					after: { photoPath }
				});
			});
		} catch (error) {
			if (photoPath) await fileStorage().delete(photoPath);
			throw error;
		}
		if (found.photoPath && found.photoPath !== photoPath) await fileStorage().delete(found.photoPath);
		return ok({ photoPath });
	}
});
