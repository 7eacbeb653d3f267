import { de, expect, expectAccessible, test, visit } from './support';

test('a profile carries its schema.org data without a CSP complaint, and the next page has its own canonical address', async ({ page, baseURL }) => {
	const complaints: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) complaints.push(message.text());
	});
	await visit(page, `/netzwerk/organisationen?q=${encodeURIComponent('Turn- und Sportverein Lindwerder')}`);
	await page.getByRole('link', { name: 'Turn- und Sportverein Lindwerder von 1892 e. V.' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Turn- und Sportverein Lindwerder von 1892 e. V.');
	await expectAccessible(page);

	// The link carries the search along for the way back; the profile's own address is without it.
	const profile = page.url().split('?')[0];
	expect(page.url()).toContain('?suche=');
	const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(data).toMatchObject({ '@type': 'Organization', name: 'Turn- und Sportverein Lindwerder von 1892 e. V.', url: profile });
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', profile);

	await page.getByRole('link', { name: de('orgpage.back') }).click();
	await expect(page).toHaveURL(/\/netzwerk\/organisationen\?q=Turn-\+und\+Sportverein\+Lindwerder$/);
	await expectAccessible(page);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${new URL(baseURL!).origin}/netzwerk/organisationen`);
	await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', de('meta.directory', { where: 'in Lindwerder' }));
	await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
	expect(complaints).toEqual([]);
});
