import type { Page } from '@playwright/test';
import { de, deN, expect, expectAccessible, field, test, visit } from './support';

const header = 'Name;Kurzname;Art;Engagementfelder;Straße;PLZ;Ort;E-Mail;Ort-Name;Breitengrad;Längengrad';
const csv = (...rows: string[]) => Buffer.from([header, ...rows].join('\r\n'), 'utf8');

/** Chooses a file for the upload field and sends the form with "Datei prüfen". */
async function upload(page: Page, name: string, buffer: Buffer, label = de('imports.file')) {
	await field(page, label).setInputFiles({ name, mimeType: 'text/csv', buffer });
	await page.getByRole('button', { name: de('imports.check') }).click();
	await page.waitForLoadState('load');
}

// Both projects share one database: each imports organisations of its own.
const names = {
	js: { club: 'Boule-Freunde am Mühlenteich', other: 'Kanu-Treff Aueufer', street: 'Am Mühlenteich 20' },
	nojs: { club: 'Drachenboot-Team Hafenkante', other: 'Skatrunde Lindenblüte', street: 'Kai 30' }
};

test('a coordinator imports a register: a broken row stops everything, a duplicate is offered for merging', async ({ coordinatorPage: page }, testInfo) => {
	const { club, other, street } = names[testInfo.project.name as 'js' | 'nojs'];
	await visit(page, '/koordination/import');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('coord.import'));
	await expect(page.getByRole('navigation', { name: de('coord.title') }).getByRole('link', { name: de('coord.import') })).toHaveAttribute('aria-current', 'page');

	// A file with one broken row: the preview names the row, the column and the problem.
	await upload(
		page,
		'register-mit-fehler.csv',
		csv(`${club} e. V.;;Verein;Sport;${street};24998;Lindwerder;info@boule.example;;;`, `${other};;Klub;Sport;;;;kein-mail;;;`, `Lesecafé am Deich;;Initiative;Bildung;;;;;;;`)
	);
	const preview = page.getByRole('region', { name: `${de('imports.preview_heading')}: register-mit-fehler.csv` });
	await expect(preview.getByRole('status')).toHaveText(deN('imports.summary', 3, { valid: 2, invalid: 1, duplicates: 0 }));
	const broken = preview.getByRole('listitem').filter({ hasText: de('imports.row_named', { line: 3, name: other }) });
	await expect(broken).toContainText(de('imports.problem', { column: 'Art', message: de('imports.error.kind', { value: 'Klub' }) }));
	await expect(broken).toContainText(de('imports.problem', { column: 'E-Mail', message: de('error.email') }));
	await expect(preview.getByText(de('imports.all_or_nothing'))).toBeVisible();
	await expectAccessible(page);

	// The coordinator fixes nothing and imports anyway: nothing at all is written.
	await preview.getByRole('button', { name: de('imports.submit') }).click();
	await expect(page.getByRole('alert')).toHaveText(deN('imports.not_imported', 3, { invalid: 1 }));
	await expect(page.getByRole('listitem').filter({ hasText: de('imports.row_named', { line: 3, name: other }) })).toBeVisible();
	await expectAccessible(page);
	await visit(page, `/netzwerk/organisationen?q=${encodeURIComponent(club)}`);
	await expect(page.getByRole('link', { name: `${club} e. V.` })).toHaveCount(0);

	// The corrected file: row 3 repeats row 2, row 4 resembles the town's Tafel.
	await visit(page, '/koordination/import');
	await upload(
		page,
		'register.csv',
		csv(
			`${club} e. V.;;Verein;Sport, Senioren;${street};24998;Lindwerder;;Bouleplatz am Mühlenteich;54,5262;9,5731`,
			`${club};Boule;Verein;Sport;;;;info@boule.example;;;`,
			'Tafel Lindwerder e.V.;;Verein;Soziales;;;;;;;'
		)
	);
	const second = page.getByRole('region', { name: `${de('imports.preview_heading')}: register.csv` });
	await expect(second.getByRole('status')).toHaveText(deN('imports.summary', 3, { valid: 3, invalid: 0, duplicates: 2 }));
	const repeated = second.getByRole('group', { name: de('imports.row_named', { line: 3, name: club }) });
	await expect(repeated).toContainText(de('imports.match_row', { line: 2, name: `${club} e. V.`, reasons: de('imports.match_by_name') }));
	const tafel = second.getByRole('group', { name: de('imports.row_named', { line: 4, name: 'Tafel Lindwerder e.V.' }) });
	await expect(tafel).toContainText(de('imports.match_organisation', { name: 'Lindwerder Tafel e. V.', reasons: de('imports.match_by_name') }));
	await expect(tafel.getByRole('radio', { name: de('imports.decision_skip') })).toBeChecked();
	await expect(tafel.getByRole('radio', { name: de('imports.decision_merge', { name: 'Lindwerder Tafel e. V.' }) })).not.toBeChecked();
	await expect(second.getByRole('heading', { name: de('imports.new_heading', { count: 1 }) })).toBeVisible();
	await expectAccessible(page);

	// Row 3 completes row 2; the Tafel row is skipped.
	await repeated.getByRole('radio', { name: de('imports.decision_merge_row', { line: 2, name: `${club} e. V.` }) }).check();
	await second.getByRole('button', { name: de('imports.submit') }).click();
	await expect(page.getByRole('status')).toHaveText(de('imports.done', { created: 1, merged: 1, skipped: 1, places: 1 }));
	await expect(page.getByRole('heading', { level: 2, name: de('imports.created_heading') })).toBeVisible();
	await expectAccessible(page);

	// The new organisation is in the directory, with the e-mail address from the merged row.
	await page.getByRole('link', { name: de('imports.to_directory') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('directory.title'));
	await expectAccessible(page);
	await visit(page, `/netzwerk/organisationen?q=${encodeURIComponent(club)}`);
	await page.getByRole('link', { name: `${club} e. V.` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${club} e. V.`);
	await expect(page.getByRole('main')).toContainText('info@boule.example');
	await expect(page.getByRole('main')).toContainText('Bouleplatz am Mühlenteich');
	await expectAccessible(page);
});

test('the template is offered at once; a file in which every row is broken offers no import', { tag: '@script-free' }, async ({ coordinatorPage: page }) => {
	await visit(page, '/koordination/import');
	await expect(page.getByRole('link', { name: de('imports.template') })).toBeVisible();
	await upload(page, 'alles-kaputt.csv', csv('Chor ohne Art;;Klub;Kultur;;;;;;;', ';;Verein;Sport;;;;kein-mail;;;'));
	const preview = page.getByRole('region', { name: `${de('imports.preview_heading')}: alles-kaputt.csv` });
	await expect(preview.getByRole('status')).toHaveText(deN('imports.summary', 2, { valid: 0, invalid: 2, duplicates: 0 }));
	await expect(preview.getByText(deN('imports.nothing_valid', 2))).toBeVisible();
	await expect(preview.getByRole('button', { name: de('imports.submit') })).toHaveCount(0);
	await expectAccessible(page);
});

test('a coordinator checks districts and the address table without changing them by mistake', { tag: '@script-free' }, async ({ coordinatorPage: page }) => {
	// Districts: the demo town's six with their places; a faulty file changes nothing.
	await visit(page, '/koordination/stadtteile');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('coord.districts'));
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(7);
	await expect(rows.nth(1).getByRole('cell').first()).toHaveText('Altstadt');
	await field(page, de('imports.districts_file')).setInputFiles({
		name: 'stadtteile.geojson',
		mimeType: 'application/geo+json',
		buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Hafen' }, geometry: { type: 'Point', coordinates: [9.57, 54.51] } }] }))
	});
	await page.getByRole('radio', { name: de('imports.districts_mode_replace') }).check();
	await page.getByRole('button', { name: de('imports.districts_submit') }).click();
	await expect(page.getByRole('alert')).toContainText(de('imports.districts_not_imported'));
	await expect(page.getByRole('alert')).toContainText(de('imports.feature', { feature: 1, message: de('imports.error.geometry', { type: 'Point' }) }));
	await expect(page.getByRole('radio', { name: de('imports.districts_mode_replace') })).toBeChecked();
	await expect(rows).toHaveCount(7);
	await expectAccessible(page);

	// Address table: the preview counts and explains; replacing is a separate, deliberate step.
	await page
		.getByRole('navigation', { name: de('coord.title') })
		.getByRole('link', { name: de('coord.addresses') })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('coord.addresses'));
	await expectAccessible(page);
	const addresses = ['Straße;Hausnummer;PLZ;Breitengrad;Längengrad', 'Am Markt;;24998;54,5105;9,5555', 'Hafenstraße;3;24998;54,508;9,575', 'Deichweg;;2499;54,53;'].join('\n');
	await upload(page, 'adressen.csv', Buffer.from(addresses, 'utf8'));
	await expect(page.getByRole('status')).toHaveText(deN('imports.addresses_summary', 3, { entries: 2, invalid: 1, repeated: 0 }));
	await expect(page.getByRole('main')).toContainText(de('imports.row_problem', { line: 4, column: 'PLZ', message: de('error.postcode') }));
	await expect(page.getByRole('button', { name: de('imports.addresses_replace') })).toBeVisible();
	await expectAccessible(page);

	// Every demo place has its position already: locating finds nothing to do.
	await page.getByRole('button', { name: de('imports.locate_submit') }).click();
	await expect(page.getByRole('status')).toHaveText(/^Verortet: 0\./);
	await expectAccessible(page);
});
