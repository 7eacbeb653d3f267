import { beforeAll, expect, it } from 'vitest';
import sharp from 'sharp';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { configureStorage, fileStorage, LocalFolderStorage } from '../files';
import { listAudit } from '../audit';
import { eq } from 'drizzle-orm';
import { findTenantBySlug, openDataLicence, openDataLicenceIds, updateTenantSettings } from '.';
import { tenants } from './schema';
import { contrastRatio } from './colors';

const settings = {
	name: 'Hafenstadt',
	officeName: 'Team Engagement',
	officeStreet: 'Am Markt 1',
	officePostcode: '24999',
	officeCity: 'Hafenstadt',
	officeEmail: 'Engagement@Hafenstadt.example',
	officePhone: '',
	colorPrimary: '#1D4F91',
	colorSecondary: '#f2c230',
	defaultLocale: 'de'
};

beforeAll(() => configureStorage(new LocalFolderStorage(mkdtempSync(join(tmpdir(), 'gemeinwerk-files-')))));

it('computes WCAG contrast ratios', () => {
	expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 1);
	expect(contrastRatio('#1d4f91', '#ffffff')).toBeGreaterThan(4.5);
	expect(contrastRatio('#f2c230', '#ffffff')).toBeLessThan(4.5);
});

describeOnDatabases('municipality settings', (env) => {
	it('an admin changes name, contact and colours; the change is logged', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		expect(await updateTenantSettings(env().ctx(tenant, admin.actor), settings)).toEqual({ ok: true, value: null });
		const saved = await findTenantBySlug(env().db, tenant.slug);
		expect(saved).toMatchObject({ name: 'Hafenstadt', officeEmail: 'engagement@hafenstadt.example', colorPrimary: '#1d4f91' });
		const [entry] = (await listAudit(env().db, tenant.id, { action: 'tenant.updated' })).items;
		expect(entry.after).toMatchObject({ name: 'Hafenstadt' });
		expect(entry.before).toMatchObject({ name: tenant.name });
	});

	it('publishes the open data under the Datenlizenz Deutschland unless the admin chooses another licence', async () => {
		const tenant = await env().tenant();
		expect(tenant.openDataLicence).toBe('DL-DE-BY-2.0');
		expect(openDataLicence(tenant, 'de')).toEqual({
			id: 'DL-DE-BY-2.0',
			name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
			url: 'https://www.govdata.de/dl-de/by-2-0',
			attributionRequired: true,
			attribution: tenant.name
		});
		const admin = env().ctx(tenant, (await env().account(tenant, ['admin'])).actor);
		expect(await updateTenantSettings(admin, { ...settings, openDataLicence: 'CC-BY-4.0' })).toEqual({ ok: true, value: null });
		const saved = (await findTenantBySlug(env().db, tenant.slug))!;
		expect(openDataLicence(saved, 'en')).toMatchObject({ id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', attribution: 'Hafenstadt' });
		expect(await updateTenantSettings(admin, { ...settings, openDataLicence: 'MIT' })).toEqual({ ok: false, error: 'invalid', fields: { openDataLicence: 'error.choose_one' } });
		// The database holds to the list as well.
		await expect(env().db.update(tenants).set({ openDataLicence: 'MIT' }).where(eq(tenants.id, tenant.id))).rejects.toThrow();
		for (const id of openDataLicenceIds) await env().db.update(tenants).set({ openDataLicence: id }).where(eq(tenants.id, tenant.id));
	});

	it('refuses a main colour white text cannot be read on, and non-admins', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const coordinator = await env().account(tenant, ['coordinator']);
		expect(await updateTenantSettings(env().ctx(tenant, admin.actor), { ...settings, colorPrimary: '#f2c230' })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { colorPrimary: 'error.color_contrast' }
		});
		expect(await updateTenantSettings(env().ctx(tenant, admin.actor), { ...settings, colorPrimary: 'blau', officeEmail: 'x' })).toMatchObject({
			fields: { colorPrimary: 'error.color', officeEmail: 'error.email' }
		});
		expect(await updateTenantSettings(env().ctx(tenant, coordinator.actor), settings)).toEqual({ ok: false, error: 'forbidden' });
	});

	it('stores an uploaded logo as a small PNG, replaces and removes it', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const big = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#1d4f91' } })
			.jpeg()
			.toBuffer();
		expect((await updateTenantSettings(env().ctx(tenant, admin.actor), { ...settings, logo: { data: big } })).ok).toBe(true);
		const first = (await findTenantBySlug(env().db, tenant.slug))!;
		expect(first.logoPath).toMatch(new RegExp(`^${tenant.id}/logo-[0-9a-f]{16}\\.png$`));
		const meta = await sharp(Buffer.from((await fileStorage().get(first.logoPath!))!)).metadata();
		expect(meta).toMatchObject({ format: 'png', width: 480, height: 240 });

		const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><script>alert(1)</script><rect width="100" height="50" fill="#2f5d3a"/></svg>');
		expect((await updateTenantSettings(env().ctx(first, admin.actor), { ...settings, logo: { data: svg } })).ok).toBe(true);
		const second = (await findTenantBySlug(env().db, tenant.slug))!;
		const png = Buffer.from((await fileStorage().get(second.logoPath!))!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(png.toString('latin1')).not.toContain('script');
		expect(await fileStorage().get(first.logoPath!)).toBeNull();

		expect(await updateTenantSettings(env().ctx(second, admin.actor), { ...settings, logo: { data: Buffer.from('kein Bild') } })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { logo: 'error.image_invalid' }
		});
		expect((await updateTenantSettings(env().ctx(second, admin.actor), { ...settings, logo: { remove: true } })).ok).toBe(true);
		expect((await findTenantBySlug(env().db, tenant.slug))!.logoPath).toBeNull();
		expect(await fileStorage().get(second.logoPath!)).toBeNull();
	});
});

it('keeps file keys inside the storage folder', async () => {
	await expect(fileStorage().put('../ausserhalb.png', new Uint8Array([1]))).rejects.toThrow();
});

it('accepts tile addresses whose host a content security policy can name', async () => {
	const { ZTenantSettings } = await import('./update-tenant-settings');
	const tileError = (tileUrl: string) => {
		const parsed = ZTenantSettings.safeParse({ ...settings, tileUrl });
		return parsed.success ? null : parsed.error.issues.map((i) => i.message);
	};
	expect(tileError('')).toBeNull();
	expect(tileError('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBeNull();
	expect(tileError('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBeNull();
	expect(tileError('https://karten.hafenstadt.example:8443/kacheln/{z}/{x}/{y}.png')).toBeNull();
	expect(tileError('https://tile-{s}.example.org/{z}/{x}/{y}.png')).toEqual(['error.tile_host']);
	expect(tileError('https://{a-c}.tile.example.org/{z}/{x}/{y}.png')).toEqual(['error.tile_host']);
	expect(tileError('http://tile.example.org/{z}/{x}/{y}.png')).toEqual(['error.tile_url']);
	expect(tileError('https://tile.example.org/kacheln.png')).toEqual(['error.tile_url']);
});
