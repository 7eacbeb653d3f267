import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { formData, formFields, formValues } from './guards';

const post = (contentType: string, body: string) => new Request('https://engagement.example/koordination/kategorien?/create', { method: 'POST', headers: { 'content-type': contentType }, body });

async function refusal(read: () => Promise<unknown>) {
	try {
		await read();
	} catch (e) {
		return isHttpError(e) ? { status: e.status, body: e.body } : e;
	}
	throw new Error('the body was read');
}

describe('form bodies', () => {
	it('refuse a body that is no form with a 400 and a sentence, not a server error', async () => {
		const unreadable = { status: 400, body: { code: 'form_unreadable', message: translate('de', 'error.form_unreadable') } };
		expect(await refusal(() => formFields(post('text/plain', 'nameDe=Sport')))).toEqual(unreadable);
		expect(await refusal(() => formValues(post('multipart/form-data; boundary=zzz', '--zzz\r\nbroken')))).toEqual(unreadable);
		expect(await refusal(() => formData(post('application/json', '{"nameDe":"Sport"}')))).toEqual(unreadable);
		expect(await refusal(() => formFields(new Request('https://engagement.example/', { method: 'POST' })))).toEqual(unreadable);
	});

	it('give the text fields without U+0000', async () => {
		const body = 'nameDe=Sport%00verein&nameEn=Sports&nameEn=Sports+club&categoryIds=a%00&categoryIds=b';
		expect(await formFields(post('application/x-www-form-urlencoded', body))).toEqual({ nameDe: 'Sportverein', nameEn: 'Sports club', categoryIds: 'b' });
		expect(await formValues(post('application/x-www-form-urlencoded', body))).toEqual({ nameDe: 'Sportverein', nameEn: ['Sports', 'Sports club'], categoryIds: ['a', 'b'] });
	});

	it('keep files in multipart forms for the actions that take uploads', async () => {
		const form = new FormData();
		form.set('mode', 'replace\u0000');
		form.set('file', new Blob(['name,lat\n']), 'stadtteile.geojson');
		const data = await formData(new Request('https://engagement.example/', { method: 'POST', body: form }));
		expect(data.get('file')).toBeInstanceOf(File);
		expect(await formFields(new Request('https://engagement.example/', { method: 'POST', body: form }))).toEqual({ mode: 'replace' });
	});
});
