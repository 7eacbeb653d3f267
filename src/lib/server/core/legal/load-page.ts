import type { Ctx } from '../context';
import { renderMarkdown } from '../markdown';
import { getLegalPage, type LegalKind } from '.';

/** What the three public legal pages show. */
export async function loadLegalPage(ctx: Ctx, kind: LegalKind) {
	const page = await getLegalPage(ctx.db, ctx.tenant.id, kind, ctx.locale);
	return { html: page ? renderMarkdown(page.body) : null, updatedAt: page?.updatedAt ?? null };
}
