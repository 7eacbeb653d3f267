import type { Ctx } from './context';
import { can, type Action } from './permissions';

/** The one question a read use case asks before it touches data: may this request's actor do `action` in its tenant? */
export const mayInTenant = (ctx: Ctx, action: Action): boolean => can(ctx.actor, action, { kind: 'tenant', tenantId: ctx.tenant.id });
