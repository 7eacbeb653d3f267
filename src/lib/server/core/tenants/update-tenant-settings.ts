import { tileSource } from '../http/map-tiles';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fail, ok } from '../result';
import { requiredText, singleLine, text } from '../validation';
import { useCase } from '../use-case';
import { recordAudit } from '../audit';
import { fileStorage, newFileKey } from '../files';
import { normaliseLogo } from '../files/images';
import { tenants } from './schema';
import { contrastRatio } from './colors';
import { DEFAULT_OPEN_DATA_LICENCE, openDataLicenceIds } from './licences';
import { changes, TENANT_TOPIC } from '../changes';

const color = z
	.string()
	.trim()
	.regex(/^#[0-9a-fA-F]{6}$/, { error: 'error.color' })
	.transform((c) => c.toLowerCase());

export const ZTenantSettings = z.object({
	name: requiredText(120),
	officeName: requiredText(200),
	officeStreet: text(200),
	officePostcode: text(10),
	officeCity: text(120),
	officeEmail: singleLine()
		.trim()
		.toLowerCase()
		.pipe(z.email({ error: 'error.email' })),
	officePhone: text(40),
	colorPrimary: color,
	colorSecondary: color,
	defaultLocale: z.enum(['de', 'en']),
	tileUrl: singleLine()
		.trim()
		.max(300, { error: 'error.too_long' })
		.refine((u) => u === '' || /^https:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}/.test(u), { error: 'error.tile_url', abort: true })
		// The map pages allow images from this host only (CSP): it must be one a policy can name.
		.refine((u) => u === '' || tileSource(u) !== null, { error: 'error.tile_host' })
		.default(''),
	tileAttribution: text(200),
	openDataLicence: z.enum(openDataLicenceIds, { error: 'error.choose_one' }).default(DEFAULT_OPEN_DATA_LICENCE)
});

/**
 * Admins keep their town's name, office contact, colours, language and logo current.
 * The header's white text stands on the primary colour, so it must keep a 4.5:1 contrast.
 */
export const updateTenantSettings = useCase({
	input: ZTenantSettings.extend({
		/** A new logo's bytes as uploaded, or its removal; without either the logo stays. */
		logo: z.union([z.object({ data: z.instanceof(Uint8Array) }), z.object({ remove: z.literal(true) })]).optional()
	}),
	permission: 'tenant.edit',
	run: async (ctx, { logo, ...settings }) => {
		if (contrastRatio(settings.colorPrimary, '#ffffff') < 4.5) return fail('invalid', { colorPrimary: 'error.color_contrast' });

		let logoPath = ctx.tenant.logoPath;
		if (logo && 'data' in logo) {
			const image = await normaliseLogo(logo.data);
			if (!image.ok) return fail('invalid', { logo: image.error });
			logoPath = newFileKey(ctx.tenant.id, 'logo', 'png');
			await fileStorage().put(logoPath, image.png);
		} else if (logo) {
			logoPath = null;
		}

		const before = { ...ctx.tenant };
		const after = { ...settings, logoPath };
		await ctx.db.transaction(async (tx) => {
			await tx.update(tenants).set(after).where(eq(tenants.id, ctx.tenant.id));
			const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
			await recordAudit(tx, ctx.actor, {
				action: 'tenant.updated',
				entityType: 'tenant',
				entityId: ctx.tenant.id,
				before: Object.fromEntries(changed.map((k) => [k, before[k]])),
				after: Object.fromEntries(changed.map((k) => [k, after[k]]))
			});
		});
		// The database tells every process; this one need not wait for the message to see its own change.
		changes.changed(ctx.tenant.id, TENANT_TOPIC);
		if (before.logoPath && before.logoPath !== logoPath) await fileStorage().delete(before.logoPath);
		return ok(null);
	}
});
