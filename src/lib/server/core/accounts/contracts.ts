import { z } from 'zod';
import { PASSWORD_MAX } from './password';
import { singleLine } from '../validation';

export const ZEmail = singleLine({ error: 'error.required' })
	.trim()
	.toLowerCase()
	.min(1, { error: 'error.required' })
	.max(254, { error: 'error.too_long' })
	.pipe(z.email({ error: 'error.email' }));
const password = z
	.string({ error: 'error.required' })
	.min(1, { error: 'error.required' })
	.max(PASSWORD_MAX * 4, { error: 'error.password_long' });
const displayName = singleLine({ error: 'error.required' }).trim().min(1, { error: 'error.required' }).max(100, { error: 'error.too_long' });
export const ZLocale = z.enum(['de', 'en']);

export const ZRegister = z.object({ displayName, email: ZEmail, password, locale: ZLocale.default('de') });
export const ZSignIn = z.object({ email: ZEmail, password });
export const ZEmailOnly = z.object({ email: ZEmail });
export const ZToken = z.object({ token: z.string().min(10).max(100) });
export const ZResetPassword = z.object({ token: z.string().min(10).max(100), password });
export const ZChangePassword = z.object({ currentPassword: password, newPassword: password });
export const ZChangeEmail = z.object({ email: ZEmail, currentPassword: password });
export const ZUpdateProfile = z.object({ displayName, locale: ZLocale });
export const ZDeleteAccount = z.object({ currentPassword: password, confirm: z.literal('on', { error: 'error.confirm_required' }) });
export const ZRole = z.enum(['coordinator', 'partner', 'admin']);
export const ZRoleChange = z.object({ accountId: z.uuid(), role: ZRole });
/** API shapes (OpenAPI is generated from these). */
export const ZSessionCreated = z.object({ token: z.string(), expiresAt: z.string() });
export const ZMe = z.object({
	id: z.uuid(),
	email: z.string(),
	displayName: z.string(),
	locale: ZLocale,
	emailVerified: z.boolean(),
	roles: z.array(z.enum(['resident', 'coordinator', 'partner', 'admin'])),
	memberships: z.array(z.object({ organisationId: z.uuid(), role: z.enum(['owner', 'editor']) }))
});
