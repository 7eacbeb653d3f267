import type { Ctx } from '../context';
import { fail, ok } from '../result';
import { mayInTenant } from '../authorize';
import { findMail, listAttachments, listMails } from '.';

/** The admins' Postausgang: mails without their bodies, newest first. */
export async function showOutbox(ctx: Ctx, filter: { to?: string; page?: number }) {
	if (!mayInTenant(ctx, 'mail.read')) return fail('forbidden' as const);
	const list = await listMails(ctx.db, ctx.tenant.id, filter);
	return ok({ ...list, items: list.items.map(({ htmlBody: _, textBody: __, ...row }) => row) });
}

/** One mail of the Postausgang, as text. */
export async function showMail(ctx: Ctx, id: string) {
	if (!mayInTenant(ctx, 'mail.read')) return fail('forbidden' as const);
	const mail = await findMail(ctx.db, ctx.tenant.id, id);
	if (!mail) return fail('not_found' as const);
	const { htmlBody: _, ...shown } = mail;
	return ok({ ...shown, attachments: await listAttachments(ctx.db, ctx.tenant.id, [id]) });
}
