import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { berlinToday } from '../statistics/period';
import { consultations } from '../schema';
import { ZConsultationInput } from './contracts';
import { asksForAdviceNow } from './queries';

/** A coordinator notes a Beratungsgespräch with a volunteer who asked for advice. */
export const logConsultation = useCase({
	input: ZConsultationInput,
	permission: 'area.coordination',
	run: async (ctx, input) => {
		if (!(await asksForAdviceNow(ctx.db, ctx.tenant.id, input.accountId))) return fail('not_found');
		if (input.heldOn > berlinToday()) return fail('invalid', { heldOn: 'engagement.broker.error.future' });
		const id = await ctx.db.transaction(async (tx) => {
			const [row] = await tx
				.insert(consultations)
				.values({ tenantId: ctx.tenant.id, accountId: input.accountId, heldOn: input.heldOn, topic: input.topic, note: input.note, authorId: ctx.actor.accountId })
				.returning({ id: consultations.id });
			// The note stays out of the log: it is about the person and only the consultation list shows it.
			await recordAudit(tx, ctx.actor, { action: 'engagement.consultation_logged', entityType: 'consultation', entityId: row.id, after: { accountId: input.accountId, heldOn: input.heldOn } });
			return row.id;
		});
		return ok({ id });
	}
});
