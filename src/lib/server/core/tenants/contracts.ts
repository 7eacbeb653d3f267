import { z } from 'zod';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'error.color' });

export const ZTenantInput = z.object({
	slug: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/, { message: 'error.slug' }),
	name: z.string().trim().min(2).max(120),
	kind: z.enum(['municipality', 'district']),
	parentId: z.string().uuid().nullable().default(null),
	state: z.enum(['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']),
	officeName: z.string().trim().min(2).max(200),
	officeStreet: z.string().trim().max(200).default(''),
	officePostcode: z.string().trim().max(10).default(''),
	officeCity: z.string().trim().max(120).default(''),
	officeEmail: z.string().trim().email(),
	officePhone: z.string().trim().max(40).default(''),
	colorPrimary: color.default('#1d4f91'),
	colorSecondary: color.default('#f2c230'),
	defaultLocale: z.enum(['de', 'en']).default('de'),
	tileUrl: z.string().default(''),
	tileAttribution: z.string().default(''),
	isDefault: z.boolean().default(false),
	hosts: z.array(z.string().toLowerCase()).default([])
});
export type TTenantInput = z.input<typeof ZTenantInput>;
