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

	const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(data).toMatchObject({ '@type': 'Organization', name: 'Turn- und Sportverein Lindwerder von 1892 e. V.', url: page.url() });
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', page.url());

	await page.getByRole('link', { name: de('orgpage.back') }).click();
	await expect(page).toHaveURL(/\/netzwerk\/organisationen$/);
	await expectAccessible(page);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${new URL(baseURL!).origin}/netzwerk/organisationen`);
	await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', de('meta.directory', { where: 'in Lindwerder' }));
	await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
	expect(complaints).toEqual([]);
});
