import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { fieldErrors } from '$lib/server/core/validation';
import { notify } from '$lib/server/core/notifications';
import { findAccountById } from '$lib/server/core/accounts';
import { generateToken, hashToken } from '$lib/server/core/accounts/tokens';
import { applications } from '../schema';
import type { SharedContact } from '../vocabulary';
import { ZApplicationInput, ZGuest, type TApplicationInput } from './contracts';
import { ACTIVE_STATUSES, applicantName, findOpportunity, organisationRecipients } from './queries';

export const CONFIRM_PATH = '/engagement/bewerbung-bestaetigen';

type Application = typeof applications.$inferSelect;

/** What the person ticked and filled in, and nothing else. */
function sharedContact(input: TApplicationInput, name: string, email: string): SharedContact {
	return {
		name,
		...(input.shareEmail ? { email } : {}),
		...(input.sharePhone && input.phone ? { phone: input.phone } : {}),
		...(input.postcode ? { postcode: input.postcode } : {}),
		...(input.ageBand ? { ageBand: input.ageBand } : {})
	};
}

/** The organisation hears of a (confirmed) application: a mail to each of its people. */
export async function tellOrganisation(db: Db, ctx: Pick<Ctx, 'tenant' | 'baseUrl'>, application: Application, opportunity: { id: string; title: string; organisationId: string }) {
	for (const { to, name } of await organisationRecipients(db, ctx.tenant, opportunity.organisationId)) {
		await notify(db, ctx, {
			kind: 'application_received',
			to,
			params: { name, opportunity: opportunity.title, applicant: applicantName(application) },
			link: `/netzwerk/organisationen/${opportunity.organisationId}/bewerbungen/${application.id}`
		});
	}
}

/**
 * "Ich habe Interesse" for a published opportunity. Signed in, it is sent at once with the
 * account's name and what the person chose to share. A guest gives a name and an address and
 * gets a confirmation link; only once it is opened does the organisation hear of it. One
 * application per person and opportunity may be active (new, in contact or accepted).
 */
export const applyForOpportunity = useCase({
	input: ZApplicationInput,
	allowed: () => true,
	run: async (ctx, input): Promise<Result<{ id: string; guest: boolean }>> => {
		const opportunity = await findOpportunity(ctx.db, ctx.tenant.id, input.opportunityId);
		if (!opportunity || opportunity.status !== 'published') return fail('not_found');

		const accountId = ctx.actor.accountId;
		if (accountId) {
			const account = await findAccountById(ctx.db, ctx.tenant.id, accountId);
			if (!account) return fail('forbidden');
			return ctx.db.transaction(async (tx) => {
				const [active] = await tx
					.select({ id: applications.id })
					.from(applications)
					.where(and(eq(applications.tenantId, ctx.tenant.id), eq(applications.opportunityId, opportunity.id), eq(applications.accountId, accountId), inArray(applications.status, ACTIVE_STATUSES)))
					.for('update');
				if (active) return fail('already_applied');
				const now = new Date();
				const [row] = await tx
					.insert(applications)
					.values({
						tenantId: ctx.tenant.id,
						opportunityId: opportunity.id,
						accountId,
						confirmedAt: now,
						message: input.message,
						sharedContact: sharedContact(input, account.displayName, account.email),
						statusChangedAt: now
					})
					.returning();
				await tellOrganisation(tx, ctx, row, opportunity);
				return ok({ id: row.id, guest: false });
			});
		}

		const guest = ZGuest.safeParse(input);
		if (!guest.success) return fail('invalid', fieldErrors(guest.error));
		const { name, email } = guest.data;
		return ctx.db.transaction(async (tx) => {
			const mine = and(eq(applications.tenantId, ctx.tenant.id), eq(applications.opportunityId, opportunity.id), isNull(applications.accountId), eq(applications.guestEmail, email));
			const [earlier] = await tx
				.select({ id: applications.id, confirmedAt: applications.confirmedAt })
				.from(applications)
				.where(and(mine, inArray(applications.status, ACTIVE_STATUSES)))
				.for('update');
			if (earlier?.confirmedAt) return fail('already_applied');
			// An unconfirmed one is replaced: asking again sends a new link, and the old one stops working.
			if (earlier) await tx.delete(applications).where(and(eq(applications.tenantId, ctx.tenant.id), eq(applications.id, earlier.id)));
			const token = generateToken();
			const [row] = await tx
				.insert(applications)
				.values({
					tenantId: ctx.tenant.id,
					opportunityId: opportunity.id,
					guestName: name,
					guestEmail: email,
					confirmTokenHash: hashToken(token),
					message: input.message,
					sharedContact: sharedContact(input, name, email)
				})
				.returning();
			await notify(tx, ctx, {
				kind: 'application_confirm',
				to: { email, locale: ctx.locale },
				params: { name, opportunity: opportunity.title, link: `${ctx.baseUrl}${CONFIRM_PATH}?token=${token}` }
			});
			return ok({ id: row.id, guest: true });
		});
	}
});
