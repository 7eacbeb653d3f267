import type { RequestHandler } from './$types';
import { toCsv } from '$lib/server/core/csv';
import { requireTenantPermission } from '$lib/server/core/http/guards';
import { IMPORT_COLUMNS } from '$lib/server/modules/directory';

/** One example row per documented column, so a coordinator sees the expected spelling of every value. */
const example: Record<string, string> = {
	Name: 'Musterverein Beispielstadt e. V.',
	Kurzname: 'MV Beispielstadt',
	Art: 'Verein',
	Engagementfelder: 'Sport, Kinder & Jugend',
	Beschreibung: 'Wir bieten Sport für alle Generationen und suchen Übungsleiter*innen.',
	Straße: 'Hauptstraße 1',
	PLZ: '12345',
	Ort: 'Beispielstadt',
	Telefon: '01234 56789',
	'E-Mail': 'info@musterverein.example',
	Webseite: 'https://musterverein.example',
	Ansprechperson: 'Alex Muster',
	'Ansprechperson E-Mail': 'alex.muster@musterverein.example',
	'Ansprechperson Telefon': '',
	'Ansprechperson öffentlich': 'ja',
	Sprachen: 'Deutsch, Englisch',
	Zielgruppen: 'Kinder, Jugendliche, Familien',
	Barrierefreiheit: 'Stufenloser Zugang',
	Gründungsjahr: '1990',
	Vereinsregisternummer: 'VR 1234',
	Netzwerk: 'ja',
	Willensbekundung: '15.06.2021',
	'Ort-Name': 'Sportplatz am Park',
	Breitengrad: '54,5204',
	Längengrad: '9,5612',
	Öffnungszeiten: 'Mo–Fr 16–20 Uhr'
};

export const GET: RequestHandler = (event) => {
	requireTenantPermission(event, 'directory.manage');
	return new Response(toCsv(IMPORT_COLUMNS, [IMPORT_COLUMNS.map((c) => example[c] ?? '')]), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="vereinsregister-vorlage.csv"' }
	});
};
