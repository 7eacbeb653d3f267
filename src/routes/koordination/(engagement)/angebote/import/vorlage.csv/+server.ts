import type { RequestHandler } from './$types';
import { toCsv } from '$lib/server/core/csv';
import { requireTenantPermission } from '$lib/server/core/http/guards';
import { OPPORTUNITY_IMPORT_COLUMNS } from '$lib/server/modules/engagement';

/** One example row per documented column, so the office sees how every value is spelled. */
const example: Record<string, string> = {
	Organisation: 'Musterverein Beispielstadt e. V.',
	Titel: 'Hausaufgabenhilfe für Grundschulkinder',
	'Art des Engagements': 'Regelmäßig',
	Aufgaben: 'Sie helfen Kindern der 3. und 4. Klasse bei den Hausaufgaben.',
	Beschreibung: 'Wir sind ein kleines Team im Stadtteiltreff und freuen uns über Verstärkung.',
	'Stunden im Monat': '8',
	Engagementfelder: 'Bildung, Kinder & Jugend',
	Orte: 'Stadtteiltreff',
	Stadtteile: '',
	Ortsunabhängig: 'nein',
	Beginn: '01.09.2026',
	Ende: '',
	Mindestalter: '16',
	'Jugendliche ab 14': 'nein',
	Willkommen: 'Senior*innen, Menschen mit Migrationsgeschichte',
	Sprachen: 'Deutsch, Türkisch',
	Fähigkeiten: 'Geduld, Mathematik',
	Voraussetzungen: 'Erweitertes Führungszeugnis',
	'Wir bieten': 'Versicherungsschutz, Engagementnachweis',
	Barrierefreiheit: 'Stufenloser Zugang über den Hof',
	'Gesuchte Freiwillige': '3',
	Ansprechperson: 'Alex Muster',
	'Ansprechperson E-Mail': 'alex.muster@musterverein.example',
	'Ansprechperson Telefon': '01234 56789'
};

export const GET: RequestHandler = (event) => {
	requireTenantPermission(event, 'opportunity.import');
	return new Response(toCsv(OPPORTUNITY_IMPORT_COLUMNS, [OPPORTUNITY_IMPORT_COLUMNS.map((c) => example[c] ?? '')]), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="engagementangebote-vorlage.csv"' }
	});
};
