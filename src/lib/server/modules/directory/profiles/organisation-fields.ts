import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '$lib/server/db/client';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { fieldErrors } from '$lib/server/core/validation';
import { can } from '$lib/server/core/permissions';
import { categories, organisationCategories } from '../schema';
import { ZOrganisationStaffInput, type TOrganisationForm, type TOrganisationInput } from '../contracts';

/**
 * Reads a profile form for proposing or editing: the profile, the town's own categories, and for
 * the coordination office also the network membership and the verified mark (ignored from others).
 */
export async function readProfileInput(
	ctx: Ctx,
	form: TOrganisationForm
): Promise<Result<{ profile: TOrganisationInput; staffFields: Partial<z.output<typeof ZOrganisationStaffInput>>; staff: boolean }, 'invalid'>> {
	const { networkMember, networkDeclaredAt, verified, ...profile } = form;
	if (!(await validCategoryIds(ctx.db, ctx.tenant.id, profile.categoryIds))) return fail('invalid', { categoryIds: 'error.invalid' });
	const staff = can(ctx.actor, 'directory.manage', { kind: 'tenant', tenantId: ctx.tenant.id });
	if (!staff) return ok({ profile, staffFields: {}, staff });
	const staffParsed = ZOrganisationStaffInput.safeParse({ networkMember, networkDeclaredAt, verified });
	if (!staffParsed.success) return fail('invalid', fieldErrors(staffParsed.error));
	return ok({ profile, staffFields: staffParsed.data, staff });
}

/** The columns a profile form writes (categories go to their own table). */
export function profileColumns(input: TOrganisationInput) {
	const { categoryIds: _, ...columns } = input;
	return columns;
}

/** Only this tenant's categories count; unknown ids are reported as a field error. */
export async function validCategoryIds(db: Db, tenantId: string, ids: string[]): Promise<boolean> {
	if (!ids.length) return true;
	const known = await db.select({ id: categories.id }).from(categories).where(eq(categories.tenantId, tenantId));
	const set = new Set(known.map((k) => k.id));
	return ids.every((id) => set.has(id));
}

export async function replaceCategories(db: Db, tenantId: string, organisationId: string, ids: string[]): Promise<void> {
	await db.delete(organisationCategories).where(and(eq(organisationCategories.tenantId, tenantId), eq(organisationCategories.organisationId, organisationId)));
	if (ids.length) await db.insert(organisationCategories).values([...new Set(ids)].map((categoryId) => ({ tenantId, organisationId, categoryId })));
}

/** Links are given only to web addresses, whatever an import or an old entry may hold. */
export const webUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : '');

/** The contact person is shown only with their consent, and only when there is something to show. */
export function publicContact(org: { contactPublic: boolean; contactName: string; contactEmail: string; contactPhone: string }) {
	return org.contactPublic && (org.contactName || org.contactEmail || org.contactPhone) ? { name: org.contactName, email: org.contactEmail, phone: org.contactPhone } : null;
}
