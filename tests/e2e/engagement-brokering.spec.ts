import { de, deN, expect, expectAccessible, field, resident, test, visit } from './support';

test(
	'a volunteer asks for advice; the coordinator logs a consultation and suggests an opportunity; the volunteer accepts it',
	{ tag: '@script-free' },
	async ({ coordinatorPage: office, residentPage: volunteer }, testInfo) => {
		test.setTimeout(180_000);
		const topic = `Erstgespräch ${testInfo.project.name} ${Date.now()}`;

		// Withdrawing the consent takes her off the coordinators' list; asking again brings her back.
		await visit(volunteer, '/mein-bereich/vorschlaege');
		await expect(volunteer.getByRole('heading', { level: 1 })).toHaveText(de('engagement.broker.my_title'));
		const advice = volunteer.getByRole('region', { name: de('engagement.broker.advice_heading') });
		if (await advice.getByRole('button', { name: de('engagement.broker.advice_withdraw') }).isVisible()) {
			await advice.getByRole('button', { name: de('engagement.broker.advice_withdraw') }).click();
			await expect(volunteer.getByText(de('engagement.broker.advice_withdrawn'))).toBeVisible();
			await expectAccessible(volunteer);
			await visit(office, '/koordination/beratung');
			await expect(office.getByRole('link', { name: resident.displayName, exact: true })).toHaveCount(0);
		}
		await advice.getByRole('checkbox', { name: de('engagement.broker.advice_consent') }).check();
		await advice.getByRole('button', { name: de('engagement.broker.advice_ask') }).click();
		await expect(volunteer.getByText(de('engagement.broker.advice_given'))).toBeVisible();
		await expectAccessible(volunteer);

		// The office sees her request with her profile's answers and opens it.
		await visit(office, '/koordination/beratung');
		await expect(office.getByRole('heading', { level: 1 })).toHaveText(de('engagement.broker.title'));
		const row = office.getByRole('row').filter({ has: office.getByRole('link', { name: resident.displayName, exact: true }) });
		await expect(row).toContainText(resident.email);
		await row.getByRole('link', { name: resident.displayName, exact: true }).click();
		await expect(office.getByRole('heading', { level: 1 })).toHaveText(resident.displayName);
		await expectAccessible(office);

		// A day in the future is explained beside the field, and what was typed stays.
		const consultation = () => office.getByRole('form', { name: de('engagement.broker.consultation.add') });
		await field(consultation(), de('engagement.broker.consultation.held_on')).fill('2999-01-01');
		await field(consultation(), de('engagement.broker.consultation.topic')).fill(topic);
		await field(consultation(), de('engagement.broker.consultation.note')).fill('Möchte etwas mit Kindern, vormittags.');
		await consultation()
			.getByRole('button', { name: de('engagement.broker.consultation.submit') })
			.click();
		await expect(consultation().getByText(de('engagement.broker.error.future'))).toBeVisible();
		await expect(field(consultation(), de('engagement.broker.consultation.note'))).toHaveValue('Möchte etwas mit Kindern, vormittags.');
		await expect(field(consultation(), de('engagement.broker.consultation.topic'))).toHaveValue(topic);
		await expectAccessible(office);
		await field(consultation(), de('engagement.broker.consultation.held_on')).fill(new Date().toISOString().slice(0, 10));
		await consultation()
			.getByRole('button', { name: de('engagement.broker.consultation.submit') })
			.click();
		await expect(office.getByText(de('engagement.broker.consultation.saved'))).toBeVisible();
		await expect(office.getByRole('table', { name: de('engagement.broker.consultations') })).toContainText(topic);
		await expectAccessible(office);

		// The office suggests the first published opportunity with a few words.
		const suggest = office.getByRole('form', { name: de('engagement.broker.suggest') });
		const select = field(suggest, de('engagement.broker.suggest.opportunity'));
		const option = (await select.locator('option').nth(1).textContent())!.trim();
		const title = option.replace(/ \([^()]*\)$/, '');
		await select.selectOption({ index: 1 });
		await field(suggest, de('engagement.broker.suggest.message')).fill('Das passt zu Ihren Vormittagen.');
		await suggest.getByRole('button', { name: de('engagement.broker.suggest.submit') }).click();
		await expect(office.getByText(de('engagement.broker.suggest.sent'))).toBeVisible();
		const suggested = office
			.getByRole('table', { name: de('engagement.broker.suggestions') })
			.getByRole('row')
			.filter({ hasText: title });
		await expect(suggested.filter({ hasText: de('engagement.suggestion.open') })).toHaveCount(1);
		await expectAccessible(office);

		// The volunteer sees it with the office's words and accepts: on to the opportunity's "Ich habe Interesse".
		await visit(volunteer, '/mein-bereich/vorschlaege');
		const item = volunteer.getByRole('listitem').filter({ has: volunteer.getByRole('button', { name: de('engagement.broker.accept') }) });
		await expect(item.getByRole('heading', { level: 2 })).toHaveText(title);
		await expect(item).toContainText('Das passt zu Ihren Vormittagen.');
		await item.getByRole('button', { name: de('engagement.broker.accept') }).click();
		await expect(volunteer).toHaveURL(/\/engagement\/[0-9a-f-]{36}\/interesse$/);
		await expectAccessible(volunteer);

		await visit(volunteer, '/mein-bereich/vorschlaege');
		await expect(volunteer.getByRole('button', { name: de('engagement.broker.accept') })).toHaveCount(0);
		await expect(volunteer.getByRole('link', { name: de('engagement.broker.accepted_link') }).first()).toHaveAttribute('href', /\/engagement\/[0-9a-f-]{36}\/interesse$/);
		await visit(office, office.url().replace(/^https?:\/\/[^/]+/, ''));
		await expect(
			office
				.getByRole('table', { name: de('engagement.broker.suggestions') })
				.getByRole('row')
				.filter({ hasText: de('engagement.suggestion.accepted') })
		).not.toHaveCount(0);
	}
);

test('the office reads the Freiwilligenbörse’s figures and its blinde Flecken for a period', { tag: '@script-free' }, async ({ coordinatorPage: page }) => {
	const day = (offset: number) => new Date(Date.now() + offset * 24 * 3600 * 1000).toISOString().slice(0, 10);
	const period = `von=${day(-30)}&bis=${day(0)}`;

	await visit(page, `/koordination/engagement-statistik?${period}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('engagement.stats.title'));
	for (const caption of ['engagement.stats.by_field', 'engagement.stats.by_district', 'engagement.stats.by_status', 'engagement.stats.months'] as const) {
		await expect(page.getByRole('table', { name: de(caption) })).toBeVisible();
	}
	const csv = await page.request.get(`/koordination/engagement-statistik/statistik.csv?${period}`);
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect(await csv.text()).toContain('Tabelle;Zeile;Wert');

	// The demo's searches without results: words and filters, each with the way to the search.
	await page.getByRole('link', { name: de('engagement.stats.demand_link') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('engagement.blind.title'));
	await expectAccessible(page);
	const words = page.getByRole('table', { name: de('engagement.blind.words') });
	await expect(words.getByRole('row').filter({ hasText: 'hundesitting' })).toContainText('6');
	await expect(words.getByRole('link', { name: de('engagement.blind.search_named', { words: 'hundesitting' }) })).toHaveAttribute('href', '/engagement?q=hundesitting');
	const filters = page.getByRole('table', { name: de('engagement.blind.filters') });
	await expect(filters).toContainText(`${de('engagement.blind.filter.commitment')}: ${de('engagement.commitment.spontaneous')}`);

	// A period that ends before it starts is explained beside the field, and what was typed stays.
	await field(page.getByRole('main'), de('figures.from')).fill(day(0));
	await field(page.getByRole('main'), de('figures.to')).fill(day(-30));
	await page.getByRole('button', { name: de('figures.show') }).click();
	await expect(page.getByText(de('figures.error_order'))).toBeVisible();
	await expect(field(page.getByRole('main'), de('figures.to'))).toHaveValue(day(-30));
	await expect(page.getByText(deN('engagement.blind.total', 0))).toHaveCount(0);
	await expectAccessible(page);
});
