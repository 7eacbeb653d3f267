import { de, expect, expectAccessible, field, test, visit } from './support';

test('the town chooses the licence of its open data; the open-data page, downloads and API name it', { tag: '@script-free' }, async ({ adminPage, page, request }) => {
	const choose = async (id: string, label: string) => {
		await visit(adminPage, '/admin/gemeinde');
		await field(adminPage, de('tenant.open_data_licence')).selectOption({ label });
		await adminPage.getByRole('button', { name: de('account.save') }).click();
		await expect(adminPage.getByRole('status')).toHaveText(de('account.saved'));
		await expect(field(adminPage, de('tenant.open_data_licence'))).toHaveValue(id);
		await expectAccessible(adminPage);
	};

	// By default: the Datenlizenz Deutschland, naming the town.
	await visit(page, '/netzwerk/daten');
	const licence = page.getByRole('main').getByRole('link', { name: de('licence.dl-de-by-2-0') });
	await expect(licence).toHaveAttribute('href', 'https://www.govdata.de/dl-de/by-2-0');
	await expect(page.getByRole('main')).toContainText(de('opendata.attribution', { attribution: 'Lindwerder' }));

	await choose('CC-BY-4.0', de('licence.cc-by-4-0'));
	try {
		await visit(page, '/netzwerk/daten');
		await expect(page.getByRole('main').getByRole('link', { name: de('licence.cc-by-4-0') })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
		const api = await request.get('/api/v1/organisations?pageSize=1', { headers: { 'accept-language': 'en' } });
		expect((await api.json()).license).toEqual({
			id: 'CC-BY-4.0',
			name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
			url: 'https://creativecommons.org/licenses/by/4.0/',
			attributionRequired: true,
			attribution: 'Lindwerder'
		});
		const csv = await request.get('/netzwerk/daten/organisationen.csv');
		expect(csv.headers()['link']).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
		expect((await (await request.get('/netzwerk/daten/orte.geojson')).json()).license.id).toBe('CC-BY-4.0');
		expect((await (await request.get('/netzwerk/daten/organisationen.json')).json()).license.id).toBe('CC-BY-4.0');
	} finally {
		await choose('DL-DE-BY-2.0', de('licence.dl-de-by-2-0'));
	}
	await visit(page, '/netzwerk/daten');
	await expect(page.getByRole('main').getByRole('link', { name: de('licence.dl-de-by-2-0') })).toBeVisible();
});
