import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Tenant } from '../core/tenants';
import { categories, districts, geocodeAddresses, organisationCategories, places, walkStops, walks } from '../modules/directory/schema';
import { organisations } from '../core/organisations/schema';
import { defaultCategories, type AccessibilityFeature, type Language, type OrganisationKind, type TargetGroup } from '../modules/directory/vocabulary';
import { districtAt, splitStreet } from '../modules/directory/places/geo';
import { DEMO_CLUB_ID } from './demo-accounts';

/*
 * Lindwerder, a fictional town in Schleswig-Holstein: six districts between lat 54.50–54.54 and
 * lng 9.52–9.60, sixty organisations with about eighty places, an address table and two walks.
 * Every name, person, address and web site here is invented (.example).
 */

const POSTCODE = '24998';
const CITY = 'Lindwerder';

type Point = [lng: number, lat: number];

/** The districts tile the town: neighbours share their border points, so every point has exactly one. */
const districtShapes: { slug: string; name: string; ring: Point[] }[] = [
	{
		slug: 'nordfeld',
		name: 'Nordfeld',
		ring: [
			[9.52, 54.54],
			[9.546, 54.54],
			[9.5475, 54.53],
			[9.5445, 54.5195],
			[9.52, 54.518]
		]
	},
	{
		slug: 'deichviertel',
		name: 'Deichviertel',
		ring: [
			[9.546, 54.54],
			[9.5655, 54.54],
			[9.567, 54.53],
			[9.5665, 54.519],
			[9.555, 54.5185],
			[9.5445, 54.5195],
			[9.5475, 54.53]
		]
	},
	{
		slug: 'muehlenau',
		name: 'Mühlenau',
		ring: [
			[9.5655, 54.54],
			[9.6, 54.54],
			[9.6, 54.518],
			[9.583, 54.5175],
			[9.5665, 54.519],
			[9.567, 54.53]
		]
	},
	{
		slug: 'lindenhof',
		name: 'Lindenhof',
		ring: [
			[9.52, 54.518],
			[9.5445, 54.5195],
			[9.5435, 54.51],
			[9.547, 54.5],
			[9.52, 54.5]
		]
	},
	{
		slug: 'altstadt',
		name: 'Altstadt',
		ring: [
			[9.5445, 54.5195],
			[9.555, 54.5185],
			[9.5665, 54.519],
			[9.5645, 54.509],
			[9.566, 54.5],
			[9.547, 54.5],
			[9.5435, 54.51]
		]
	},
	{
		slug: 'hafen',
		name: 'Hafen',
		ring: [
			[9.5665, 54.519],
			[9.583, 54.5175],
			[9.6, 54.518],
			[9.6, 54.5],
			[9.566, 54.5],
			[9.5645, 54.509]
		]
	}
];

/** A box well inside each district, so streets placed in it never fall across a border. */
const boxes: Record<string, { lat: [number, number]; lng: [number, number] }> = {
	nordfeld: { lat: [54.5215, 54.538], lng: [9.522, 9.5425] },
	deichviertel: { lat: [54.5205, 54.538], lng: [9.5485, 9.564] },
	muehlenau: { lat: [54.5205, 54.538], lng: [9.569, 9.598] },
	lindenhof: { lat: [54.502, 54.5165], lng: [9.522, 9.5415] },
	altstadt: { lat: [54.502, 54.517], lng: [9.549, 9.5625] },
	hafen: { lat: [54.502, 54.516], lng: [9.568, 9.598] }
};

/** Streets with their district and where in its box they run (0–1 from south-west). */
const streets: Record<string, [district: string, u: number, v: number]> = {
	'Am Markt': ['altstadt', 0.5, 0.55],
	Rathausplatz: ['altstadt', 0.45, 0.7],
	Kirchstraße: ['altstadt', 0.3, 0.45],
	'Lange Straße': ['altstadt', 0.65, 0.35],
	Schulstraße: ['altstadt', 0.25, 0.8],
	Klostergang: ['altstadt', 0.75, 0.7],
	Brückstraße: ['altstadt', 0.6, 0.15],
	Hafenstraße: ['hafen', 0.3, 0.6],
	Kai: ['hafen', 0.6, 0.75],
	Speicherweg: ['hafen', 0.75, 0.45],
	Fischerstraße: ['hafen', 0.4, 0.25],
	Werftstraße: ['hafen', 0.85, 0.2],
	Deichweg: ['deichviertel', 0.7, 0.15],
	Sielstraße: ['deichviertel', 0.4, 0.4],
	'Am Sportplatz': ['deichviertel', 0.6, 0.55],
	Koogstraße: ['deichviertel', 0.25, 0.7],
	Strandweg: ['deichviertel', 0.8, 0.85],
	'Nordfelder Allee': ['nordfeld', 0.6, 0.3],
	Birkenweg: ['nordfeld', 0.3, 0.55],
	Feldstraße: ['nordfeld', 0.7, 0.7],
	'Am Wasserturm': ['nordfeld', 0.45, 0.85],
	'Schleswiger Straße': ['nordfeld', 0.2, 0.2],
	Lindenallee: ['lindenhof', 0.6, 0.6],
	Gartenstraße: ['lindenhof', 0.35, 0.4],
	'Am Lindenhof': ['lindenhof', 0.5, 0.8],
	Parkstraße: ['lindenhof', 0.75, 0.3],
	Bahnhofstraße: ['lindenhof', 0.85, 0.65],
	Mühlenweg: ['muehlenau', 0.3, 0.4],
	Auenweg: ['muehlenau', 0.7, 0.3],
	'Am Mühlenteich': ['muehlenau', 0.2, 0.75],
	Müllerstraße: ['muehlenau', 0.5, 0.6],
	Eichenhain: ['muehlenau', 0.8, 0.8]
};

const round = (n: number) => Math.round(n * 1e5) / 1e5;
const clamp = (n: number) => Math.min(0.95, Math.max(0.05, n));

/** Where an address lies: its street's spot, moved a little by the house number. */
function locate(address: string): { lat: number; lng: number } {
	const { houseNumber } = splitStreet(address);
	const street = address.replace(/\s*\d+\s*[a-z]?$/i, '').trim();
	const entry = streets[street];
	if (!entry) throw new Error(`demo street unknown: ${street}`);
	const [district, u, v] = entry;
	const n = parseInt(houseNumber, 10) || 0;
	const box = boxes[district];
	const x = clamp(u + (((n * 7) % 9) - 4) * 0.02);
	const y = clamp(v + (((n * 5) % 7) - 3) * 0.03);
	return { lat: round(box.lat[0] + y * (box.lat[1] - box.lat[0])), lng: round(box.lng[0] + x * (box.lng[1] - box.lng[0])) };
}

interface DemoPlace {
	name: string;
	street: string;
	hours?: string;
	access?: AccessibilityFeature[];
}

interface DemoOrganisation {
	key: string;
	name: string;
	short?: string;
	kind: OrganisationKind;
	fields: string[];
	text: string;
	targets: TargetGroup[];
	langs?: Language[];
	access?: AccessibilityFeature[];
	founded?: number;
	register?: string;
	street: string;
	phone?: string;
	/** Mail and web site under <domain>.example. */
	domain?: string;
	/** A contact person who agreed to be shown. */
	contact?: [name: string, email: string, phone?: string];
	network?: string;
	verified?: boolean;
	/** Not confirmed for 13 months, reminded five weeks ago: shows "nicht aktuell bestätigt". */
	stale?: boolean;
	places: DemoPlace[];
}

const everyone: TargetGroup[] = ['everyone'];

const demoOrganisations: DemoOrganisation[] = [
	// ---------------------------------------------------------------- Vereine
	{
		key: 'schwimmverein',
		name: 'Schwimmverein Lindwerder-Hafen e. V.',
		short: 'SV Hafen',
		kind: 'club',
		fields: ['sport', 'kinder-jugend'],
		text: 'Wir bringen Kindern das Schwimmen bei – vom Seepferdchen bis zum Rettungsschwimmer. Für unsere Kurse am Samstagvormittag suchen wir Helferinnen und Helfer am Beckenrand. Eine Ausbildung bezahlen wir.',
		targets: ['children', 'youth', 'families'],
		langs: ['de', 'en'],
		founded: 1952,
		register: 'VR 187 KI',
		street: 'Kai 4',
		domain: 'sv-hafen',
		network: '2022-03-10',
		verified: true,
		places: [
			{ name: 'Hallenbad am Kai', street: 'Kai 4', hours: 'Sa 8–12 Uhr, Di und Do 17–20 Uhr', access: ['step_free', 'accessible_toilet'] },
			{ name: 'Freibad am Strandweg', street: 'Strandweg 15', hours: 'Juni–August täglich 10–19 Uhr', access: ['step_free'] }
		]
	},
	{
		key: 'ruderclub',
		name: 'Ruderclub Lindwerder von 1910 e. V.',
		short: 'RCL',
		kind: 'club',
		fields: ['sport', 'kinder-jugend'],
		text: 'Rudern auf der Aue für alle ab zehn Jahren. Im Bootshaus gibt es immer etwas zu tun:\n\n- Boote pflegen und reparieren\n- das Anrudern im April vorbereiten\n- Jugendliche bei Wanderfahrten begleiten',
		targets: ['youth', 'everyone'],
		founded: 1910,
		register: 'VR 54 KI',
		street: 'Auenweg 21',
		domain: 'ruderclub-lindwerder',
		verified: true,
		places: [{ name: 'Bootshaus an der Aue', street: 'Auenweg 21', hours: 'Mai–Sept.: Mi 17 Uhr, So 9 Uhr' }]
	},
	{
		key: 'shantychor',
		name: 'Shanty-Chor Lindwerder e. V.',
		short: 'Shanty-Chor',
		kind: 'club',
		fields: ['kultur', 'senioren'],
		text: 'Seit über vierzig Jahren singen wir Seemannslieder, am liebsten auf dem Hafenfest. Neue Stimmen sind willkommen, Noten lesen müssen Sie nicht. Wir proben jeden Dienstag im Hafenspeicher.',
		targets: ['seniors', 'everyone'],
		langs: ['de', 'da'],
		founded: 1979,
		register: 'VR 233 KI',
		street: 'Speicherweg 3',
		domain: 'shantychor-lindwerder',
		stale: true,
		places: [{ name: 'Probenraum im Hafenspeicher', street: 'Speicherweg 3', hours: 'Di 19–21 Uhr' }]
	},
	{
		key: 'heimatverein',
		name: 'Heimat- und Geschichtsverein Lindwerder e. V.',
		short: 'Heimatverein',
		kind: 'club',
		fields: ['kultur', 'bildung'],
		text: 'Wir sammeln, was Lindwerder ausmacht: Fotos, Geschichten und Dinge aus dem Alltag. Die Heimatstube öffnet an jedem ersten Sonntag im Monat. Wer gern erzählt, Texte schreibt oder alte Fotos sortiert, ist bei uns richtig.',
		targets: ['seniors', 'everyone'],
		founded: 1958,
		register: 'VR 96 KI',
		street: 'Klostergang 2',
		domain: 'heimatverein-lindwerder',
		network: '2021-09-01',
		verified: true,
		contact: ['Gerda Thomsen', 'g.thomsen@heimatverein-lindwerder.example', '04698 3321'],
		places: [
			{ name: 'Heimatstube im Klostergang', street: 'Klostergang 2', hours: 'jeden 1. Sonntag im Monat 14–17 Uhr' },
			{ name: 'Alte Schmiede', street: 'Mühlenweg 7', hours: 'nach Absprache' }
		]
	},
	{
		key: 'foerderverein-grundschule',
		name: 'Förderverein der Grundschule am Lindenhof e. V.',
		short: 'Förderverein Lindenhof',
		kind: 'club',
		fields: ['bildung', 'kinder-jugend', 'familie'],
		text: 'Wir unterstützen die Grundschule mit Geld und mit Zeit: beim Schulfest, bei der Leseförderung und bei Ausflügen. Eltern, Großeltern und Nachbarn können mitmachen, auch nur einmal im Jahr.',
		targets: ['children', 'families'],
		founded: 1998,
		register: 'VR 611 KI',
		street: 'Am Lindenhof 5',
		domain: 'grundschule-lindenhof',
		places: [{ name: 'Grundschule am Lindenhof', street: 'Am Lindenhof 5', access: ['step_free', 'accessible_toilet'] }]
	},
	{
		key: 'kleingarten',
		name: 'Kleingartenverein Mühlenau e. V.',
		kind: 'club',
		fields: ['umwelt', 'nachbarschaft'],
		text: 'Über hundert Gärten, zwei Anlagen und ein Lehrgarten für Schulklassen. Wir suchen Menschen, die den Lehrgarten mit betreuen und Kindern zeigen, wie Gemüse wächst.',
		targets: ['families', 'children', 'everyone'],
		langs: ['de', 'pl', 'ru'],
		founded: 1927,
		register: 'VR 31 KI',
		street: 'Eichenhain 1',
		domain: 'kgv-muehlenau',
		network: '2023-04-20',
		places: [
			{ name: 'Gartenanlage Eichenhain', street: 'Eichenhain 1', hours: 'April–Oktober täglich 8–20 Uhr' },
			{ name: 'Lehrgarten an der Gartenstraße', street: 'Gartenstraße 30', access: ['step_free'] }
		]
	},
	{
		key: 'feuerwehr',
		name: 'Förderverein der Freiwilligen Feuerwehr Lindwerder e. V.',
		short: 'Feuerwehr-Förderverein',
		kind: 'club',
		fields: ['rettung', 'kinder-jugend'],
		text: 'Wir fördern die Freiwillige Feuerwehr und ihre Jugendfeuerwehr. Jugendliche ab zehn Jahren lernen bei uns Erste Hilfe, Technik und Teamarbeit. Erwachsene helfen bei Übungen, beim Tag der offenen Tür und in der Jugendarbeit.',
		targets: ['youth', 'everyone'],
		founded: 1983,
		register: 'VR 402 KI',
		street: 'Feldstraße 2',
		domain: 'feuerwehr-lindwerder',
		network: '2021-06-15',
		verified: true,
		places: [
			{ name: 'Feuerwache Nordfeld', street: 'Feldstraße 2', hours: 'Jugendfeuerwehr: Fr 17–19 Uhr', access: ['step_free'] },
			{ name: 'Gerätehaus am Hafen', street: 'Fischerstraße 14' }
		]
	},
	{
		key: 'rettungsschwimmer',
		name: 'Rettungsschwimmer Lindwerder e. V.',
		kind: 'club',
		fields: ['rettung', 'sport'],
		text: 'Im Sommer bewachen wir den Badestrand am Deich, im Winter bilden wir neue Rettungsschwimmerinnen und Rettungsschwimmer aus. Mitmachen kann, wer sicher schwimmt und mindestens 16 Jahre alt ist.',
		targets: ['youth', 'everyone'],
		founded: 1964,
		register: 'VR 129 KI',
		street: 'Strandweg 9',
		domain: 'rettungsschwimmer-lindwerder',
		places: [{ name: 'Wachstation am Badestrand', street: 'Strandweg 9', hours: 'Juni–August täglich 11–18 Uhr' }]
	},
	{
		key: 'umweltkreis',
		name: 'Arbeitskreis Natur und Umwelt Lindwerder e. V.',
		short: 'AK Natur',
		kind: 'club',
		fields: ['umwelt', 'tierschutz'],
		text: 'Wir pflegen Streuobstwiesen, zählen Vögel und bauen Nistkästen. Einmal im Monat treffen wir uns zu einem Arbeitseinsatz draußen – Werkzeug und Handschuhe sind da.',
		targets: everyone,
		founded: 1986,
		register: 'VR 455 KI',
		street: 'Müllerstraße 11',
		domain: 'ak-natur-lindwerder',
		network: '2022-11-05',
		places: [{ name: 'Streuobstwiese an der Aue', street: 'Auenweg 40' }]
	},
	{
		key: 'tierschutz',
		name: 'Tierschutzverein Lindwerder und Umgebung e. V.',
		short: 'Tierschutzverein',
		kind: 'club',
		fields: ['tierschutz'],
		text: 'Wir betreiben das Tierheim und vermitteln Hunde, Katzen und Kleintiere. Gassigeherinnen und Gassigeher sind jederzeit willkommen; nach einer kurzen Einführung können Sie feste Zeiten übernehmen.',
		targets: everyone,
		founded: 1961,
		register: 'VR 144 KI',
		street: 'Schleswiger Straße 80',
		domain: 'tierheim-lindwerder',
		verified: true,
		places: [
			{ name: 'Tierheim Lindwerder', street: 'Schleswiger Straße 80', hours: 'Di–Sa 14–17 Uhr', access: ['step_free'] },
			{ name: 'Katzenhaus am Birkenweg', street: 'Birkenweg 12' }
		]
	},
	{
		key: 'molkerei',
		name: 'Kulturverein Alte Molkerei e. V.',
		short: 'Alte Molkerei',
		kind: 'club',
		fields: ['kultur', 'nachbarschaft'],
		text: 'In der Alten Molkerei gibt es Konzerte, Lesungen, Flohmärkte und ein Sonntagscafé. Alles wird von Ehrenamtlichen gemacht: an der Theke, an der Technik, an der Kasse. Schon zwei Stunden im Monat helfen.',
		targets: everyone,
		langs: ['de', 'en'],
		access: ['step_free', 'accessible_toilet', 'hearing_loop'],
		founded: 1994,
		register: 'VR 702 KI',
		street: 'Müllerstraße 3',
		domain: 'alte-molkerei',
		network: '2020-10-01',
		verified: true,
		contact: ['Jan-Ole Brodersen', 'programm@alte-molkerei.example'],
		places: [{ name: 'Kulturzentrum Alte Molkerei', street: 'Müllerstraße 3', hours: 'Café: So 14–18 Uhr', access: ['step_free', 'accessible_toilet', 'hearing_loop'] }]
	},
	{
		key: 'speicherbuehne',
		name: 'Theatergruppe Speicherbühne e. V.',
		short: 'Speicherbühne',
		kind: 'club',
		fields: ['kultur', 'kinder-jugend'],
		text: 'Wir spielen plattdeutsches und hochdeutsches Theater, zweimal im Jahr mit Premiere. Neben der Bühne brauchen wir Hilfe bei Kostümen, Bühnenbau, Maske und Kartenverkauf.',
		targets: ['youth', 'everyone'],
		founded: 2003,
		register: 'VR 880 KI',
		street: 'Speicherweg 8',
		domain: 'speicherbuehne',
		places: [{ name: 'Speicherbühne', street: 'Speicherweg 8', hours: 'Proben Mo und Do 19 Uhr' }]
	},
	{
		key: 'schach',
		name: 'Schachclub Springer Lindwerder e. V.',
		short: 'SC Springer',
		kind: 'club',
		fields: ['sport', 'kinder-jugend', 'senioren'],
		text: 'Schach verbindet Generationen: Bei uns spielen Zehnjährige gegen Achtzigjährige. Wir suchen Menschen, die Kindern die Regeln erklären oder die Schach-AG an der Grundschule begleiten.',
		targets: ['children', 'seniors', 'everyone'],
		founded: 1949,
		register: 'VR 77 KI',
		street: 'Schulstraße 12',
		domain: 'sc-springer',
		places: [{ name: 'Spiellokal im Bürgerhaus', street: 'Schulstraße 12', hours: 'Fr 18–22 Uhr', access: ['step_free'] }]
	},
	{
		key: 'reitverein',
		name: 'Reit- und Fahrverein Nordfeld e. V.',
		kind: 'club',
		fields: ['sport', 'tierschutz'],
		text: 'Reiten lernen, Pferde pflegen, Turniere ausrichten. Für unser Reitturnier im Juni brauchen wir viele helfende Hände: Parcours aufbauen, Verpflegung, Parkplatz.',
		targets: ['children', 'youth'],
		founded: 1971,
		register: 'VR 266 KI',
		street: 'Am Wasserturm 20',
		domain: 'rfv-nordfeld',
		stale: true,
		places: [{ name: 'Reitanlage am Wasserturm', street: 'Am Wasserturm 20' }]
	},
	{
		key: 'bosseln',
		name: 'Boßelverein Nordfeld e. V.',
		kind: 'club',
		fields: ['sport', 'senioren'],
		text: 'Boßeln ist Sport an der frischen Luft, den alle mitmachen können. Im Winter werfen wir auf den Feldwegen rund um Nordfeld, danach gibt es Grünkohl. Wer mag, organisiert mit uns das Kinder-Boßeln.',
		targets: ['seniors', 'families'],
		founded: 1968,
		register: 'VR 203 KI',
		street: 'Nordfelder Allee 44',
		places: [{ name: 'Treffpunkt Nordfelder Allee', street: 'Nordfelder Allee 44', hours: 'Nov.–März So 10 Uhr' }]
	},
	{
		key: 'buergerverein',
		name: 'Bürgerverein Altstadt e. V.',
		kind: 'club',
		fields: ['nachbarschaft', 'politik'],
		text: 'Wir setzen uns für eine lebendige Altstadt ein und organisieren das Altstadtfest. Bei unseren Treffen sprechen wir mit Verwaltung und Politik über Verkehr, Plätze und Bänke. Jede Meinung zählt.',
		targets: everyone,
		founded: 1975,
		register: 'VR 310 KI',
		street: 'Lange Straße 18',
		domain: 'buergerverein-altstadt',
		network: '2021-06-15',
		places: [{ name: 'Altstadtbüro', street: 'Lange Straße 18', hours: 'Mi 16–18 Uhr' }]
	},
	{
		key: 'seniorentreff',
		name: 'Seniorentreff Lindenhof e. V.',
		kind: 'club',
		fields: ['senioren', 'nachbarschaft'],
		text: 'Kaffee, Karten, Gymnastik und Ausflüge für ältere Menschen. Ehrenamtliche backen Kuchen, fahren den Bus zu Ausflügen oder holen Menschen ab, die nicht mehr gut zu Fuß sind.',
		targets: ['seniors'],
		access: ['step_free', 'accessible_toilet'],
		founded: 1989,
		register: 'VR 515 KI',
		street: 'Parkstraße 6',
		phone: '04698 4410',
		verified: true,
		places: [{ name: 'Seniorentreff im Park', street: 'Parkstraße 6', hours: 'Mo–Do 14–17 Uhr', access: ['step_free', 'accessible_toilet'] }]
	},
	{
		key: 'tafel',
		name: 'Lindwerder Tafel e. V.',
		short: 'Tafel',
		kind: 'club',
		fields: ['soziales', 'umwelt'],
		text: 'Wir retten Lebensmittel aus Supermärkten und Bäckereien und geben sie an Menschen mit wenig Geld weiter. Gebraucht werden Fahrerinnen und Fahrer, Helfende beim Sortieren und bei der Ausgabe.\n\n- Abholtouren: Mo–Fr ab 8 Uhr\n- Ausgabe: Di und Fr 14–16 Uhr',
		targets: everyone,
		langs: ['de', 'ar', 'uk', 'tr'],
		founded: 2006,
		register: 'VR 930 KI',
		street: 'Brückstraße 9',
		domain: 'tafel-lindwerder',
		network: '2020-10-01',
		verified: true,
		contact: ['Monika Clausen', 'helfen@tafel-lindwerder.example', '04698 5512'],
		places: [
			{ name: 'Ausgabestelle Altstadt', street: 'Brückstraße 9', hours: 'Di und Fr 14–16 Uhr', access: ['step_free'] },
			{ name: 'Ausgabestelle Nordfeld', street: 'Birkenweg 3', hours: 'Do 14–16 Uhr' }
		]
	},
	{
		key: 'hospiz',
		name: 'Hospizverein Lindwerder e. V.',
		kind: 'club',
		fields: ['gesundheit', 'senioren'],
		text: 'Wir begleiten schwer kranke und sterbende Menschen und ihre Angehörigen, zu Hause und im Pflegeheim. Vor dem ersten Einsatz besuchen Sie einen Vorbereitungskurs. Wir nehmen uns Zeit für Ihre Fragen.',
		targets: ['seniors', 'families'],
		founded: 1997,
		register: 'VR 640 KI',
		street: 'Kirchstraße 4',
		domain: 'hospiz-lindwerder',
		network: '2022-03-10',
		verified: true,
		places: [{ name: 'Hospizbüro', street: 'Kirchstraße 4', hours: 'Mo, Mi 10–12 Uhr' }]
	},
	{
		key: 'freundeskreis-dk',
		name: 'Deutsch-Dänischer Freundeskreis Lindwerder e. V.',
		kind: 'club',
		fields: ['kultur', 'bildung'],
		text: 'Wir pflegen die Freundschaft über die Grenze: mit Sprachcafé, Ausflügen und dem gemeinsamen Mittsommerfest. Für das Sprachcafé suchen wir Menschen, die Dänisch sprechen und gern erklären.',
		targets: everyone,
		langs: ['de', 'da'],
		founded: 2001,
		register: 'VR 777 KI',
		street: 'Am Markt 7',
		places: [{ name: 'Sprachcafé im Ratskeller', street: 'Am Markt 7', hours: 'jeden 2. Donnerstag 18 Uhr' }]
	},
	{
		key: 'zirkus',
		name: 'Kinder- und Jugendzirkus Wirbelwind e. V.',
		short: 'Zirkus Wirbelwind',
		kind: 'club',
		fields: ['kinder-jugend', 'kultur'],
		text: 'Jonglieren, Akrobatik und Einrad: Über achtzig Kinder trainieren bei uns jede Woche. Eltern und andere Erwachsene helfen beim Training, nähen Kostüme und bauen das Zelt für die Sommershow auf.',
		targets: ['children', 'youth', 'families'],
		langs: ['de', 'en', 'uk'],
		founded: 2009,
		register: 'VR 1012 KI',
		street: 'Am Sportplatz 3',
		domain: 'zirkus-wirbelwind',
		network: '2024-02-01',
		verified: true,
		places: [
			{ name: 'Zirkushalle am Sportplatz', street: 'Am Sportplatz 3', hours: 'Mo–Do 16–19 Uhr', access: ['step_free'] },
			{ name: 'Sommerzelt im Park', street: 'Parkstraße 2', hours: 'Juli: Sommershow' }
		]
	},
	{
		key: 'imker',
		name: 'Imkerverein Lindwerder e. V.',
		kind: 'club',
		fields: ['umwelt', 'tierschutz', 'bildung'],
		text: 'Wir halten Bienen und zeigen Schulklassen, wie Honig entsteht. Wer selbst imkern möchte, bekommt eine Patin oder einen Paten für das erste Jahr.',
		targets: ['children', 'everyone'],
		founded: 1921,
		register: 'VR 18 KI',
		street: 'Am Mühlenteich 15',
		places: [{ name: 'Lehrbienenstand am Mühlenteich', street: 'Am Mühlenteich 15', hours: 'Mai–Aug. Sa 10–12 Uhr' }]
	},
	{
		key: 'angler',
		name: 'Angelsportverein Aue e. V.',
		kind: 'club',
		fields: ['umwelt', 'sport'],
		text: 'Wir kümmern uns um die Aue und ihre Ufer: Müll sammeln, Fischbestand beobachten, Laichplätze schützen. Jugendliche können bei uns den Fischereischein machen.',
		targets: ['youth', 'everyone'],
		founded: 1955,
		register: 'VR 160 KI',
		street: 'Auenweg 3',
		places: [{ name: 'Vereinshütte an der Aue', street: 'Auenweg 3' }]
	},
	{
		key: 'fussballfreunde',
		name: 'Sportfreunde Nordfeld e. V.',
		short: 'SF Nordfeld',
		kind: 'club',
		fields: ['sport', 'kinder-jugend'],
		text: 'Fußball für Mädchen und Jungen von vier bis achtzehn Jahren. Wir suchen Trainerinnen und Trainer, Betreuende für Auswärtsspiele und jemanden, der sich um unsere Webseite kümmert.',
		targets: ['children', 'youth', 'women'],
		langs: ['de', 'tr', 'ar'],
		founded: 1968,
		register: 'VR 199 KI',
		street: 'Nordfelder Allee 12',
		domain: 'sf-nordfeld',
		places: [
			{ name: 'Sportplatz Nordfeld', street: 'Nordfelder Allee 12', hours: 'Mo–Fr 16–20 Uhr' },
			{ name: 'Kunstrasenplatz am Lindenhof', street: 'Am Lindenhof 9', hours: 'Mädchenfußball Mi 17 Uhr' }
		]
	},
	{
		key: 'laufgruppe',
		name: 'Lauftreff Lindwerder e. V.',
		kind: 'club',
		fields: ['sport', 'gesundheit'],
		text: 'Gemeinsam laufen macht mehr Spaß. Wir haben Gruppen für Anfängerinnen und Anfänger, für Walking und für schnelle Läufe und richten jedes Jahr den Deichlauf aus.',
		targets: everyone,
		founded: 2012,
		register: 'VR 1101 KI',
		street: 'Koogstraße 1',
		domain: 'lauftreff-lindwerder',
		places: [{ name: 'Treffpunkt am Deichtor', street: 'Koogstraße 1', hours: 'Di und Do 18 Uhr, So 9 Uhr' }]
	},

	// ---------------------------------------------------------------- Initiativen
	{
		key: 'repair',
		name: 'Repair-Café Lindwerder',
		kind: 'initiative',
		fields: ['umwelt', 'nachbarschaft'],
		text: 'Reparieren statt wegwerfen: Einmal im Monat helfen Ehrenamtliche, kaputte Toaster, Lampen, Fahrräder und Kleidung wieder heil zu machen. Wir suchen Leute, die gern tüfteln – oder Kaffee kochen.',
		targets: everyone,
		langs: ['de', 'en'],
		street: 'Lindenallee 14',
		domain: 'repaircafe-lindwerder',
		network: '2023-04-20',
		contact: ['Birte Sönnichsen', 'birte@repaircafe-lindwerder.example'],
		places: [
			{ name: 'Mehrgenerationenhaus (ungerade Monate)', street: 'Lindenallee 14', hours: 'jeden 3. Samstag 14–17 Uhr', access: ['step_free', 'accessible_toilet'] },
			{ name: 'Alte Molkerei (gerade Monate)', street: 'Müllerstraße 3', hours: 'jeden 3. Samstag 14–17 Uhr', access: ['step_free', 'accessible_toilet'] }
		]
	},
	{
		key: 'lesepaten',
		name: 'Lesepaten Lindwerder',
		kind: 'initiative',
		fields: ['bildung', 'kinder-jugend'],
		text: 'Wir lesen mit Grundschulkindern, eine Stunde pro Woche, immer mit demselben Kind. Sie brauchen keine Vorkenntnisse, nur Geduld und Freude an Büchern.',
		targets: ['children'],
		street: 'Schulstraße 1',
		network: '2021-06-15',
		verified: true,
		contact: ['Heiko Carstensen', 'lesepaten@lindwerder-liest.example'],
		places: [
			{ name: 'Grundschule Altstadt', street: 'Schulstraße 1', access: ['step_free'] },
			{ name: 'Grundschule am Lindenhof', street: 'Am Lindenhof 5', access: ['step_free', 'accessible_toilet'] }
		]
	},
	{
		key: 'nachbarschaftshilfe',
		name: 'Nachbarschaftshilfe Hand in Hand Nordfeld',
		kind: 'initiative',
		fields: ['nachbarschaft', 'senioren'],
		text: 'Einkaufen, Rasen mähen, zum Arzt begleiten: Nachbarinnen und Nachbarn helfen sich gegenseitig. Sie sagen uns, wie viel Zeit Sie haben, wir vermitteln passende Anfragen.',
		targets: ['seniors', 'people_with_disabilities'],
		langs: ['de', 'pl'],
		street: 'Birkenweg 7',
		phone: '04698 7781',
		places: [{ name: 'Nachbarschaftstreff Birkenweg', street: 'Birkenweg 7', hours: 'Mo und Mi 10–12 Uhr', access: ['step_free'] }]
	},
	{
		key: 'radwerkstatt',
		name: 'Radwerkstatt am Deich',
		kind: 'initiative',
		fields: ['umwelt', 'nachbarschaft', 'migration'],
		text: 'In unserer offenen Werkstatt reparieren wir Fahrräder gemeinsam. Gespendete Räder machen wir fit und geben sie an Menschen weiter, die sich keins leisten können.',
		targets: ['migrants', 'youth', 'everyone'],
		langs: ['de', 'en', 'ar', 'fa'],
		street: 'Sielstraße 20',
		places: [{ name: 'Radwerkstatt in der Sielstraße', street: 'Sielstraße 20', hours: 'Sa 10–14 Uhr' }]
	},
	{
		key: 'willkommen',
		name: 'Willkommensinitiative Lindwerder hilft',
		kind: 'initiative',
		fields: ['migration', 'soziales'],
		text: 'Wir begleiten Menschen, die neu in Lindwerder sind: zu Ämtern, zur Kita-Anmeldung, in den Sportverein. Dazu gibt es jede Woche ein Sprachcafé.',
		targets: ['migrants', 'families'],
		langs: ['de', 'en', 'ar', 'uk', 'fa', 'ru'],
		street: 'Hafenstraße 22',
		network: '2022-03-10',
		verified: true,
		places: [
			{ name: 'Sprachcafé im Hafenhaus', street: 'Hafenstraße 22', hours: 'Mi 16–18 Uhr', access: ['step_free'] },
			{ name: 'Kleiderkammer', street: 'Fischerstraße 5', hours: 'Sa 10–12 Uhr' }
		]
	},
	{
		key: 'klima',
		name: 'Klima-Initiative Lindwerder',
		kind: 'initiative',
		fields: ['umwelt', 'politik'],
		text: 'Wir machen Vorschläge, wie Lindwerder klimafreundlicher wird, und bringen sie in den Umweltausschuss. Mitmachen können alle, ob mit Fachwissen oder mit guten Ideen.',
		targets: everyone,
		street: 'Rathausplatz 1',
		domain: 'klima-lindwerder',
		places: []
	},
	{
		key: 'strandputz',
		name: 'Strandputz-Team Lindwerder',
		kind: 'initiative',
		fields: ['umwelt'],
		text: 'Zweimal im Jahr sammeln wir Müll am Deich und am Strand – mit Schulklassen, Familien und Firmen. Greifzangen und Säcke stellen wir.',
		targets: ['families', 'everyone'],
		street: 'Strandweg 2',
		places: [{ name: 'Treffpunkt Deichübergang Strandweg', street: 'Strandweg 2', hours: 'März und September, nach Aufruf' }]
	},
	{
		key: 'jugendforum',
		name: 'Jugendforum Lindwerder',
		kind: 'initiative',
		fields: ['politik', 'kinder-jugend'],
		text: 'Jugendliche zwischen 12 und 21 Jahren reden bei der Stadtpolitik mit. Wir treffen uns im Rathaus, stellen Anträge an den Stadtrat und verwalten ein eigenes Budget für Jugendprojekte.',
		targets: ['youth'],
		langs: ['de', 'en'],
		street: 'Rathausplatz 1',
		network: '2024-02-01',
		places: [{ name: 'Sitzungssaal im Rathaus', street: 'Rathausplatz 1', hours: 'jeden 1. Montag 17 Uhr', access: ['step_free', 'accessible_toilet', 'hearing_loop'] }]
	},

	// ---------------------------------------------------------------- Einrichtungen
	{
		key: 'mgh',
		name: 'Mehrgenerationenhaus Lindenhof',
		short: 'MGH Lindenhof',
		kind: 'institution',
		fields: ['familie', 'senioren', 'nachbarschaft'],
		text: 'Ein offenes Haus für alle Generationen mit Mittagstisch, Spielgruppen und Computerhilfe. Ehrenamtliche leiten Gruppen, kochen mit oder helfen älteren Menschen mit dem Smartphone.',
		targets: ['families', 'seniors', 'everyone'],
		langs: ['de', 'en', 'tr'],
		access: ['step_free', 'accessible_toilet'],
		street: 'Lindenallee 14',
		domain: 'mgh-lindenhof',
		network: '2020-10-01',
		verified: true,
		places: [{ name: 'Mehrgenerationenhaus', street: 'Lindenallee 14', hours: 'Mo–Fr 9–17 Uhr', access: ['step_free', 'accessible_toilet'] }]
	},
	{
		key: 'buecherei',
		name: 'Stadtbücherei Lindwerder',
		kind: 'institution',
		fields: ['bildung', 'kultur'],
		text: 'Bücher, Spiele und Filme für alle. Ehrenamtliche lesen in der Vorlesestunde vor, bringen Bücher zu Menschen, die nicht mehr aus dem Haus können, und helfen beim Bücherflohmarkt.',
		targets: ['children', 'seniors', 'everyone'],
		langs: ['de', 'en', 'da'],
		access: ['step_free', 'accessible_toilet', 'hearing_loop'],
		street: 'Am Markt 12',
		domain: 'buecherei-lindwerder',
		verified: true,
		places: [
			{ name: 'Stadtbücherei am Markt', street: 'Am Markt 12', hours: 'Di–Fr 10–18 Uhr, Sa 10–13 Uhr', access: ['step_free', 'accessible_toilet', 'hearing_loop'] },
			{ name: 'Zweigstelle Nordfeld', street: 'Nordfelder Allee 30', hours: 'Mi 14–18 Uhr' }
		]
	},
	{
		key: 'kiste',
		name: 'Jugendzentrum Kiste',
		kind: 'institution',
		fields: ['kinder-jugend'],
		text: 'Offener Treff für Jugendliche ab zwölf Jahren mit Bandraum, Werkstatt und Hausaufgabenhilfe. Wir freuen uns über Ehrenamtliche, die Nachhilfe geben oder einen Workshop anbieten.',
		targets: ['youth'],
		langs: ['de', 'en', 'ar'],
		street: 'Sielstraße 4',
		domain: 'kiste-lindwerder',
		network: '2021-09-01',
		places: [
			{ name: 'Jugendzentrum Kiste', street: 'Sielstraße 4', hours: 'Mo–Fr 14–20 Uhr', access: ['step_free'] },
			{ name: 'Bauwagen Mühlenau', street: 'Mühlenweg 30', hours: 'Sa 14–18 Uhr' }
		]
	},
	{
		key: 'lindenblick',
		name: 'Pflegeheim Haus Lindenblick',
		kind: 'institution',
		fields: ['gesundheit', 'senioren'],
		text: 'Über sechzig Bewohnerinnen und Bewohner freuen sich über Besuch. Ehrenamtliche lesen vor, gehen spazieren, singen oder spielen mit ihnen. Wir begleiten Sie bei den ersten Besuchen.',
		targets: ['seniors', 'people_with_disabilities'],
		access: ['step_free', 'accessible_toilet'],
		street: 'Bahnhofstraße 40',
		domain: 'haus-lindenblick',
		places: [{ name: 'Haus Lindenblick', street: 'Bahnhofstraße 40', hours: 'Besuch täglich 10–19 Uhr', access: ['step_free', 'accessible_toilet'] }]
	},
	{
		key: 'vhs',
		name: 'Volkshochschule Lindwerder',
		short: 'VHS',
		kind: 'institution',
		fields: ['bildung'],
		text: 'Kurse für Sprachen, Gesundheit, Beruf und Kreatives. Für unsere Deutschkurse suchen wir Lernbegleiterinnen und Lernbegleiter, die mit Teilnehmenden üben.',
		targets: ['migrants', 'everyone'],
		langs: ['de', 'en', 'ar', 'uk'],
		street: 'Schulstraße 20',
		domain: 'vhs-lindwerder',
		network: '2023-04-20',
		verified: true,
		places: [
			{ name: 'VHS-Haus in der Schulstraße', street: 'Schulstraße 20', hours: 'Mo–Do 8–20 Uhr', access: ['step_free', 'accessible_toilet'] },
			{ name: 'VHS-Lernwerkstatt am Hafen', street: 'Werftstraße 2' }
		]
	},
	{
		key: 'museum',
		name: 'Museum am Deich',
		kind: 'institution',
		fields: ['kultur', 'bildung'],
		text: 'Das Museum erzählt vom Leben hinter dem Deich, von Sturmfluten und von der Werft. Ehrenamtliche führen Gruppen, betreuen die Kasse am Wochenende und helfen beim Museumsfest.',
		targets: ['families', 'everyone'],
		langs: ['de', 'en', 'da'],
		access: ['step_free', 'accessible_toilet'],
		street: 'Deichweg 30',
		domain: 'museum-am-deich',
		verified: true,
		places: [{ name: 'Museum am Deich', street: 'Deichweg 30', hours: 'Di–So 11–17 Uhr', access: ['step_free', 'accessible_toilet'] }]
	},
	{
		key: 'familienzentrum',
		name: 'Familienzentrum Kita Regenbogen',
		kind: 'institution',
		fields: ['familie', 'kinder-jugend'],
		text: 'Kita und Treffpunkt für Familien mit Elterncafé, Krabbelgruppe und Beratung. Ehrenamtliche Vorlese-Omas und -Opas sind bei uns herzlich willkommen.',
		targets: ['families', 'children'],
		langs: ['de', 'tr', 'ar', 'uk'],
		street: 'Gartenstraße 8',
		places: [{ name: 'Kita Regenbogen', street: 'Gartenstraße 8', hours: 'Elterncafé Mi 15–17 Uhr', access: ['step_free', 'accessible_toilet'] }]
	},

	// ---------------------------------------------------------------- Migrantenselbstorganisationen
	{
		key: 'tuerkischer-verein',
		name: 'Türkisch-Deutscher Kulturverein Lindwerder e. V.',
		kind: 'migrant_organisation',
		fields: ['migration', 'kultur', 'familie'],
		text: 'Wir bringen Menschen zusammen: mit Festen, Hausaufgabenhilfe und Beratung auf Türkisch und Deutsch. Unser Teeraum ist an jedem Nachmittag offen.',
		targets: ['migrants', 'families', 'youth'],
		langs: ['tr', 'de'],
		founded: 1991,
		register: 'VR 577 KI',
		street: 'Werftstraße 11',
		network: '2022-11-05',
		places: [{ name: 'Vereinsräume an der Werft', street: 'Werftstraße 11', hours: 'täglich 15–20 Uhr' }]
	},
	{
		key: 'soniashnyk',
		name: 'Ukrainischer Verein Soniashnyk Lindwerder e. V.',
		short: 'Soniashnyk',
		kind: 'migrant_organisation',
		fields: ['migration', 'kinder-jugend', 'kultur'],
		text: 'Soniashnyk heißt Sonnenblume. Wir unterstützen Familien aus der Ukraine und bieten Samstagsschule, Übersetzungshilfe und Kulturabende an. Alle sind eingeladen.',
		targets: ['migrants', 'children', 'families'],
		langs: ['uk', 'ru', 'de', 'en'],
		founded: 2022,
		register: 'VR 1188 KI',
		street: 'Kirchstraße 15',
		contact: ['Olena Marchenko', 'kontakt@soniashnyk-lindwerder.example'],
		network: '2023-04-20',
		places: [{ name: 'Samstagsschule im Gemeindehaus', street: 'Kirchstraße 15', hours: 'Sa 10–13 Uhr' }]
	},
	{
		key: 'hamdeli',
		name: 'Afghanisch-Deutscher Familienverein Hamdeli e. V.',
		short: 'Hamdeli',
		kind: 'migrant_organisation',
		fields: ['migration', 'familie'],
		text: 'Hamdeli bedeutet Verbundenheit. Wir bieten einen Frauentreff, Beratung in Dari und Farsi und Ausflüge für Familien an. Ehrenamtliche helfen bei Briefen von Ämtern.',
		targets: ['migrants', 'women', 'families'],
		langs: ['fa', 'de'],
		founded: 2017,
		register: 'VR 1032 KI',
		street: 'Fischerstraße 21',
		places: [{ name: 'Frauentreff Fischerstraße', street: 'Fischerstraße 21', hours: 'Do 10–13 Uhr' }]
	},
	{
		key: 'al-jisr',
		name: 'Arabischer Eltern- und Kulturverein Al-Jisr e. V.',
		short: 'Al-Jisr',
		kind: 'migrant_organisation',
		fields: ['migration', 'bildung', 'kinder-jugend'],
		text: 'Al-Jisr heißt Brücke. Wir helfen Eltern, das deutsche Schulsystem zu verstehen, und bieten Arabischunterricht für Kinder an. Wir suchen Lernpatinnen und Lernpaten.',
		targets: ['migrants', 'families', 'children'],
		langs: ['ar', 'de'],
		founded: 2016,
		register: 'VR 990 KI',
		street: 'Bahnhofstraße 17',
		places: [{ name: 'Elterncafé Al-Jisr', street: 'Bahnhofstraße 17', hours: 'Fr 16–18 Uhr' }]
	},

	// ---------------------------------------------------------------- Stiftungen
	{
		key: 'buergerstiftung',
		name: 'Bürgerstiftung Lindwerder',
		kind: 'foundation',
		fields: ['soziales', 'bildung', 'kultur'],
		text: 'Von Bürgerinnen und Bürgern für Lindwerder: Wir fördern kleine Projekte mit bis zu 1.500 Euro. Anträge sind einfach und formlos möglich. Im Stiftungsrat arbeiten Ehrenamtliche mit.',
		targets: everyone,
		founded: 2008,
		street: 'Am Markt 3',
		domain: 'buergerstiftung-lindwerder',
		network: '2020-10-01',
		verified: true,
		contact: ['Dr. Ingrid Feddersen', 'foerderung@buergerstiftung-lindwerder.example', '04698 2200'],
		places: [{ name: 'Stiftungsbüro am Markt', street: 'Am Markt 3', hours: 'Do 10–12 Uhr' }]
	},
	{
		key: 'muehle',
		name: 'Stiftung Alte Wassermühle Lindwerder',
		kind: 'foundation',
		fields: ['kultur', 'umwelt', 'bildung'],
		text: 'Wir erhalten die Wassermühle an der Aue und machen sie zu einem Lernort für Natur und Technik. Ehrenamtliche führen durch die Mühle und helfen am Mühlentag.',
		targets: ['families', 'children'],
		founded: 1999,
		street: 'Mühlenweg 1',
		places: [{ name: 'Alte Wassermühle', street: 'Mühlenweg 1', hours: 'April–Oktober So 13–17 Uhr' }]
	},

	// ---------------------------------------------------------------- Kirchengemeinden
	{
		key: 'nikolai',
		name: 'Ev.-Luth. Kirchengemeinde St. Nikolai Lindwerder',
		short: 'St. Nikolai',
		kind: 'parish',
		fields: ['soziales', 'senioren', 'kultur'],
		text: 'Neben Gottesdiensten gibt es bei uns Besuchsdienst, Kirchenmusik und einen Mittagstisch. Ehrenamtliche besuchen ältere Gemeindeglieder, singen im Chor oder kochen mit.',
		targets: ['seniors', 'families', 'everyone'],
		access: ['step_free', 'hearing_loop'],
		street: 'Kirchstraße 1',
		domain: 'nikolai-lindwerder',
		network: '2021-09-01',
		verified: true,
		places: [
			{ name: 'St.-Nikolai-Kirche', street: 'Kirchstraße 1', access: ['step_free', 'hearing_loop'] },
			{ name: 'Gemeindehaus Mühlenau', street: 'Mühlenweg 12', hours: 'Mittagstisch Mi 12 Uhr', access: ['step_free', 'accessible_toilet'] }
		]
	},
	{
		key: 'heilig-kreuz',
		name: 'Katholische Gemeinde Heilig Kreuz Lindwerder',
		short: 'Heilig Kreuz',
		kind: 'parish',
		fields: ['soziales', 'familie', 'migration'],
		text: 'Unsere Gemeinde ist international: Wir feiern Gottesdienste auf Deutsch und Polnisch. Ehrenamtliche gestalten Familiengottesdienste, den Kleiderbasar und die Begegnungsabende.',
		targets: ['families', 'migrants'],
		langs: ['de', 'pl', 'es'],
		street: 'Parkstraße 20',
		places: [
			{ name: 'Heilig-Kreuz-Kirche', street: 'Parkstraße 20', access: ['step_free'] },
			{ name: 'Pfarrheim Heilig Kreuz', street: 'Bahnhofstraße 22', hours: 'Begegnungsabend Do 19 Uhr' }
		]
	},
	{
		key: 'nordfeld-gemeinde',
		name: 'Ev.-Luth. Kirchengemeinde Nordfeld',
		kind: 'parish',
		fields: ['kinder-jugend', 'nachbarschaft'],
		text: 'Die Gemeinde am Stadtrand mit Jugendkeller, Pfadfindergruppe und Nachbarschaftsfest. Wir suchen Menschen, die bei Zeltlagern und Kinderbibeltagen mitmachen.',
		targets: ['children', 'youth', 'families'],
		street: 'Am Wasserturm 2',
		places: [{ name: 'Gemeindezentrum am Wasserturm', street: 'Am Wasserturm 2', hours: 'Jugendkeller Fr 18–22 Uhr' }]
	},

	// ---------------------------------------------------------------- Unternehmen
	{
		key: 'stadtwerke',
		name: 'Stadtwerke Lindwerder GmbH',
		kind: 'company',
		fields: ['umwelt', 'nachbarschaft'],
		text: 'Unsere Beschäftigten haben zwei Tage im Jahr frei für ein Ehrenamt. Vereine können uns für einen Aktionstag anfragen, zum Beispiel zum Streichen, Pflanzen oder Aufräumen.',
		targets: everyone,
		street: 'Werftstraße 30',
		domain: 'stadtwerke-lindwerder',
		network: '2024-02-01',
		places: [{ name: 'Kundenzentrum der Stadtwerke', street: 'Werftstraße 30', access: ['step_free', 'accessible_toilet'] }]
	},
	{
		key: 'werft',
		name: 'Werft Lindwerder GmbH',
		kind: 'company',
		fields: ['kinder-jugend', 'bildung'],
		text: 'Unsere Auszubildenden bauen mit Schulklassen Vogelhäuser, Bänke und Boote. Einmal im Jahr öffnen wir die Werft für den Aktionstag „Gute Geschäfte“ mit Vereinen der Stadt.',
		targets: ['youth'],
		street: 'Werftstraße 50',
		domain: 'werft-lindwerder',
		places: [{ name: 'Lehrwerkstatt der Werft', street: 'Werftstraße 50' }]
	},
	{
		key: 'baeckerei',
		name: 'Bäckerei Ketelsen',
		kind: 'company',
		fields: ['soziales'],
		text: 'Unser Brot vom Vortag geht jeden Abend an die Tafel. Für Vereinsfeste backen wir zum Selbstkostenpreis.',
		targets: everyone,
		street: 'Lange Straße 5',
		phone: '04698 1234',
		places: [{ name: 'Backstube Lange Straße', street: 'Lange Straße 5', hours: 'Mo–Sa 6–18 Uhr' }]
	},
	{
		key: 'nordlicht',
		name: 'IT-Haus Nordlicht GmbH',
		kind: 'company',
		fields: ['bildung'],
		text: 'Wir helfen Vereinen bei Computern, Webseiten und Datenschutz – kostenlos bis zu zehn Stunden im Jahr. Melden Sie sich einfach mit Ihrer Frage.',
		targets: everyone,
		street: 'Bahnhofstraße 2',
		domain: 'it-nordlicht',
		places: []
	},

	// ---------------------------------------------------------------- Anlaufstellen / Engagement-Zentren
	{
		key: 'freiwilligenagentur',
		name: 'Freiwilligenagentur Lindwerder',
		kind: 'contact_point',
		fields: ['soziales', 'nachbarschaft', 'politik'],
		text: 'Sie möchten sich engagieren und wissen noch nicht wo? Wir beraten Sie persönlich und stellen Kontakte zu Vereinen und Initiativen her. Vereine unterstützen wir bei der Suche nach Freiwilligen.',
		targets: everyone,
		langs: ['de', 'en', 'da'],
		access: ['step_free', 'accessible_toilet', 'hearing_loop'],
		street: 'Rathausplatz 1',
		domain: 'freiwillig-lindwerder',
		network: '2020-10-01',
		verified: true,
		contact: ['Jonas Petersen', 'engagement@lindwerder.example', '04698 123-450'],
		places: [
			{ name: 'Engagement-Büro im Rathaus', street: 'Rathausplatz 1', hours: 'Mo–Do 9–12 Uhr, Di 14–18 Uhr', access: ['step_free', 'accessible_toilet', 'hearing_loop'] },
			{ name: 'Engagement-Sprechstunde im Mehrgenerationenhaus', street: 'Lindenallee 14', hours: 'jeden 1. Mittwoch 15–17 Uhr', access: ['step_free', 'accessible_toilet'] },
			{ name: 'Engagement-Sprechstunde in Nordfeld', street: 'Nordfelder Allee 30', hours: 'jeden 3. Mittwoch 15–17 Uhr' }
		]
	},
	{
		key: 'familienbuero',
		name: 'Familienbüro Lindwerder – Engagement-Zentrum Familie',
		short: 'Familienbüro',
		kind: 'contact_point',
		fields: ['familie', 'kinder-jugend'],
		text: 'Anlaufstelle für Familien: Wir vermitteln Familienpatenschaften, Babysitter-Kurse und Hilfe im Alltag. Wer Familien ehrenamtlich begleiten möchte, bekommt bei uns eine Schulung.',
		targets: ['families', 'children'],
		langs: ['de', 'en', 'tr', 'ar'],
		street: 'Lindenallee 20',
		domain: 'familienbuero-lindwerder',
		network: '2021-06-15',
		verified: true,
		places: [{ name: 'Familienbüro', street: 'Lindenallee 20', hours: 'Mo–Fr 9–13 Uhr', access: ['step_free', 'accessible_toilet'] }]
	},
	{
		key: 'seniorenbuero',
		name: 'Seniorenbüro Lindwerder – Engagement-Zentrum Älterwerden',
		short: 'Seniorenbüro',
		kind: 'contact_point',
		fields: ['senioren', 'gesundheit'],
		text: 'Wir beraten ältere Menschen und ihre Angehörigen und vermitteln Besuchsdienste, Einkaufshilfen und Fahrdienste. Ehrenamtliche sind das Herz unserer Arbeit.',
		targets: ['seniors'],
		access: ['step_free', 'accessible_toilet', 'hearing_loop'],
		street: 'Am Markt 1',
		phone: '04698 123-470',
		network: '2021-06-15',
		places: [
			{ name: 'Seniorenbüro am Markt', street: 'Am Markt 1', hours: 'Di und Do 9–12 Uhr', access: ['step_free', 'accessible_toilet', 'hearing_loop'] },
			{ name: 'Sprechstunde im Gemeindehaus Mühlenau', street: 'Mühlenweg 12', hours: 'Mi 13–14 Uhr', access: ['step_free', 'accessible_toilet'] }
		]
	},
	{
		key: 'bruecke',
		name: 'Integrationszentrum Brücke – Engagement-Zentrum Migration',
		short: 'Brücke',
		kind: 'contact_point',
		fields: ['migration', 'soziales', 'bildung'],
		text: 'Beratung für Zugewanderte und Treffpunkt für alle, die helfen wollen. Wir koordinieren Sprachpatenschaften und Dolmetschende für Arzt- und Behördentermine.',
		targets: ['migrants', 'everyone'],
		langs: ['de', 'en', 'ar', 'uk', 'fa', 'tr', 'ru'],
		street: 'Hafenstraße 10',
		domain: 'bruecke-lindwerder',
		network: '2020-10-01',
		verified: true,
		places: [
			{ name: 'Integrationszentrum Brücke', street: 'Hafenstraße 10', hours: 'Mo–Fr 9–16 Uhr', access: ['step_free', 'accessible_toilet'] },
			{ name: 'Beratung im Stadtteilbüro Nordfeld', street: 'Feldstraße 18', hours: 'Di 10–12 Uhr' }
		]
	},
	{
		key: 'jugendbuero',
		name: 'Jugendbüro Lindwerder – Engagement-Zentrum Jugend',
		short: 'Jugendbüro',
		kind: 'contact_point',
		fields: ['kinder-jugend', 'politik'],
		text: 'Hier bekommen Jugendliche Infos zu Freiwilligendiensten, zur Jugendleiter-Card und zu Projekten in der Stadt. Wir unterstützen auch eigene Ideen von Jugendlichen mit Rat und etwas Geld.',
		targets: ['youth'],
		langs: ['de', 'en'],
		street: 'Schulstraße 5',
		network: '2022-03-10',
		places: [
			{ name: 'Jugendbüro in der Schulstraße', street: 'Schulstraße 5', hours: 'Mo–Do 13–18 Uhr' },
			{ name: 'Sprechstunde in der Kiste', street: 'Sielstraße 4', hours: 'Fr 15–17 Uhr' }
		]
	},
	{
		key: 'kulturbuero',
		name: 'Kulturbüro Lindwerder – Engagement-Zentrum Kultur',
		short: 'Kulturbüro',
		kind: 'contact_point',
		fields: ['kultur'],
		text: 'Wir beraten Kulturvereine und Künstlerinnen und Künstler, vermitteln Räume und organisieren den Kultursommer. Freiwillige helfen bei Festivals als Einlass, Bühnenhilfe oder Gastgebende.',
		targets: everyone,
		langs: ['de', 'en'],
		street: 'Klostergang 10',
		domain: 'kultur-lindwerder',
		places: [{ name: 'Kulturbüro im Kloster', street: 'Klostergang 10', hours: 'Mo–Do 10–15 Uhr', access: ['step_free'] }]
	},
	{
		key: 'umweltzentrum',
		name: 'Umweltzentrum Mühlenau – Engagement-Zentrum Umwelt',
		short: 'Umweltzentrum',
		kind: 'contact_point',
		fields: ['umwelt', 'bildung'],
		text: 'Im Umweltzentrum laufen die Fäden für Naturschutz und Umweltbildung zusammen. Wir vermitteln Einsätze bei Pflanzaktionen, Müllsammeln und Naturführungen.\n\n- Naturerlebnis für Kitas\n- Pflanztage im Frühjahr und Herbst\n- Beratung für Vereine, die klimafreundlicher werden wollen',
		targets: ['families', 'children', 'everyone'],
		street: 'Am Mühlenteich 3',
		domain: 'umweltzentrum-muehlenau',
		network: '2022-11-05',
		verified: true,
		places: [
			{ name: 'Umweltzentrum am Mühlenteich', street: 'Am Mühlenteich 3', hours: 'Di–Fr 10–16 Uhr', access: ['step_free', 'accessible_toilet'] },
			{ name: 'Naturerlebnisplatz an der Aue', street: 'Auenweg 12' }
		]
	}
];

interface DemoWalk {
	slug: string;
	title: string;
	targetGroup: string;
	durationMinutes: number;
	description: string;
	/** Stops as [organisation key, place name, text]. */
	stops: [string, string, string][];
}

const demoWalks: DemoWalk[] = [
	{
		slug: 'altstadt-fuer-gaeste',
		title: 'Engagement in der Altstadt – für Gäste aus anderen Städten',
		targetGroup: 'Gäste aus anderen Städten',
		durationMinutes: 90,
		description: 'Ein Rundgang vom Rathaus durch die Altstadt: Wie Lindwerder Engagement fördert, was Ehrenamtliche hier jeden Tag leisten und wo Neue einsteigen können.',
		stops: [
			['freiwilligenagentur', 'Engagement-Büro im Rathaus', 'Start im Rathaus: Das Team Engagement erklärt die Engagement-Strategie der Stadt und die Freiwilligenagentur.'],
			['buergerstiftung', 'Stiftungsbüro am Markt', 'Die Bürgerstiftung fördert kleine Projekte unbürokratisch – ein Beispiel für Geld aus der Stadtgesellschaft.'],
			['nikolai', 'St.-Nikolai-Kirche', 'Besuchsdienst und Mittagstisch: Wie eine Kirchengemeinde Nachbarschaft organisiert.'],
			['heimatverein', 'Heimatstube im Klostergang', 'Der Heimatverein zeigt, wie Ehrenamtliche das Gedächtnis der Stadt bewahren.'],
			['tafel', 'Ausgabestelle Altstadt', 'Zum Schluss die Tafel: über sechzig Ehrenamtliche retten hier jede Woche Lebensmittel.']
		]
	},
	{
		slug: 'jugend-engagiert-sich',
		title: 'Jugend engagiert sich – für Schulklassen',
		targetGroup: 'Schulklassen',
		durationMinutes: 75,
		description: 'Für Klassen ab Stufe 7: Wo Jugendliche in Lindwerder mitreden, mithelfen und Verantwortung übernehmen. Bitte melden Sie Ihre Klasse vorher beim Jugendbüro an.',
		stops: [
			['jugendbuero', 'Jugendbüro in der Schulstraße', 'Das Jugendbüro stellt Freiwilligendienste und die Jugendleiter-Card vor.'],
			['jugendforum', 'Sitzungssaal im Rathaus', 'Im Jugendforum reden Jugendliche bei der Stadtpolitik mit – und haben ein eigenes Budget.'],
			['kiste', 'Jugendzentrum Kiste', 'In der Kiste gestalten Jugendliche ihren Treff selbst mit.'],
			['zirkus', 'Zirkushalle am Sportplatz', 'Beim Zirkus Wirbelwind trainieren Ältere die Jüngeren.'],
			['feuerwehr', 'Gerätehaus am Hafen', 'Zum Abschluss zeigt die Jugendfeuerwehr, was man mit zehn Jahren schon lernen kann.']
		]
	}
];

const monthsAgo = (months: number) => {
	const date = new Date();
	date.setMonth(date.getMonth() - months);
	return date;
};
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);

/** Lindwerder's clubs, initiatives and places. The sports club is the one the demo owner and editor act for. */
export async function seedDemoDirectory(db: Db, town: Tenant): Promise<void> {
	// The categories come with every new municipality; asking again makes the seed independent of that.
	await db
		.insert(categories)
		.values(defaultCategories.map((c, position) => ({ tenantId: town.id, slug: c.slug, nameDe: c.de, nameEn: c.en, position })))
		.onConflictDoNothing();
	const categoryId = new Map((await db.select().from(categories).where(eq(categories.tenantId, town.id))).map((c) => [c.slug, c.id]));

	const districtRows = await db
		.insert(districts)
		.values(districtShapes.map((d) => ({ tenantId: town.id, slug: d.slug, name: d.name, geometry: { type: 'Polygon', coordinates: [[...d.ring, d.ring[0]]] } })))
		.returning();

	await db.insert(organisations).values({
		tenantId: town.id,
		id: DEMO_CLUB_ID,
		status: 'published',
		name: 'Turn- und Sportverein Lindwerder von 1892 e. V.',
		shortName: 'TSV Lindwerder',
		kind: 'club',
		description:
			'Der größte Verein der Stadt: Fußball, Turnen, Leichtathletik, Schwimmen und Gesundheitssport für alle Generationen. Wir suchen Übungsleiter*innen, Helfer*innen für unsere Sportfeste und eine Nachfolge für unsere Kassenwartin.',
		street: 'Deichweg 12',
		postcode: '24998',
		city: 'Lindwerder',
		email: 'info@tsv-lindwerder.example',
		website: 'https://tsv-lindwerder.example',
		languages: ['de', 'en', 'tr'],
		accessibility: ['step_free', 'accessible_toilet'],
		targetGroups: ['children', 'youth', 'families', 'seniors'],
		foundingYear: 1892,
		registerNumber: 'VR 112 KI',
		networkMember: true,
		networkDeclaredAt: '2021-06-15',
		verified: true
	});
	const tsvPlace = { lat: 54.5204, lng: 9.5612 };
	const placeRows: (typeof places.$inferInsert)[] = [
		{
			tenantId: town.id,
			organisationId: DEMO_CLUB_ID,
			name: 'Sportplatz und Vereinsheim am Deich',
			street: 'Deichweg 12',
			postcode: '24998',
			city: 'Lindwerder',
			...tsvPlace,
			districtId: districtAt(districtRows, tsvPlace.lat, tsvPlace.lng)?.id ?? null,
			openingHours: 'Mo–Fr 16–21 Uhr, Sa 9–14 Uhr',
			accessibility: ['step_free', 'accessible_toilet']
		}
	];
	const links: (typeof organisationCategories.$inferInsert)[] = ['sport', 'kinder-jugend', 'gesundheit'].map((slug) => ({
		tenantId: town.id,
		organisationId: DEMO_CLUB_ID,
		categoryId: categoryId.get(slug)!
	}));

	const organisationId = new Map<string, string>();
	const placeId = new Map<string, string>();
	const addresses = new Map<string, typeof geocodeAddresses.$inferInsert>([['deichweg|12', { tenantId: town.id, postcode: POSTCODE, streetKey: 'deichweg', houseNumber: '12', ...tsvPlace }]]);
	const orgRows = demoOrganisations.map((org, index) => {
		const id = randomUUID();
		organisationId.set(org.key, id);
		for (const slug of org.fields) {
			const category = categoryId.get(slug);
			if (!category) throw new Error(`demo category unknown: ${slug}`);
			links.push({ tenantId: town.id, organisationId: id, categoryId: category });
		}
		org.places.forEach((place, i) => {
			const point = locate(place.street);
			const { streetKey, houseNumber } = splitStreet(place.street);
			addresses.set(`${streetKey}|${houseNumber}`, { tenantId: town.id, postcode: POSTCODE, streetKey, houseNumber, ...point });
			// Organisations that share a house (the town hall) get their markers a few metres apart.
			const spread = { lat: round(point.lat + ((index % 3) - 1) * 0.00006), lng: round(point.lng + ((i % 2) * 2 - 1) * 0.00006) };
			const id2 = randomUUID();
			placeId.set(`${org.key}|${place.name}`, id2);
			placeRows.push({
				tenantId: town.id,
				id: id2,
				organisationId: id,
				name: place.name,
				street: place.street,
				postcode: POSTCODE,
				city: CITY,
				...spread,
				districtId: districtAt(districtRows, spread.lat, spread.lng)?.id ?? null,
				openingHours: place.hours ?? '',
				accessibility: place.access ?? []
			});
		});
		const website = org.domain ? `https://${org.domain}.example` : '';
		return {
			tenantId: town.id,
			id,
			status: 'published' as const,
			name: org.name,
			shortName: org.short ?? '',
			kind: org.kind,
			description: org.text,
			contactName: org.contact?.[0] ?? '',
			contactEmail: org.contact?.[1] ?? '',
			contactPhone: org.contact?.[2] ?? '',
			contactPublic: !!org.contact,
			street: org.street,
			postcode: POSTCODE,
			city: CITY,
			phone: org.phone ?? '',
			email: org.domain ? `info@${org.domain}.example` : '',
			website,
			socialLinks: org.domain && index % 4 === 0 ? [{ label: 'Mastodon', url: `https://social.${org.domain}.example/@lindwerder` }] : [],
			languages: org.langs ?? ['de'],
			accessibility: org.access ?? [],
			targetGroups: org.targets,
			foundingYear: org.founded ?? null,
			registerNumber: org.register ?? '',
			networkMember: !!org.network,
			networkDeclaredAt: org.network ?? null,
			verified: !!org.verified,
			// Spread the last confirmations over the past months; two profiles have not been confirmed for over a year.
			confirmedAt: org.stale ? monthsAgo(13) : daysAgo(5 + ((index * 37) % 300)),
			staleReminderSentAt: org.stale ? daysAgo(35) : null
		};
	});
	await db.insert(organisations).values(orgRows);
	await db.insert(organisationCategories).values(links);
	await db.insert(places).values(placeRows);

	// The address table knows every street (its middle) and the houses of the places, so new places find their spot.
	for (const [street, [district, u, v]] of Object.entries(streets)) {
		const box = boxes[district];
		const streetKey = splitStreet(street).streetKey;
		addresses.set(`${streetKey}|`, {
			tenantId: town.id,
			postcode: POSTCODE,
			streetKey,
			houseNumber: '',
			lat: round(box.lat[0] + v * (box.lat[1] - box.lat[0])),
			lng: round(box.lng[0] + u * (box.lng[1] - box.lng[0]))
		});
	}
	await db.insert(geocodeAddresses).values([...addresses.values()]);

	for (const walk of demoWalks) {
		const [row] = await db
			.insert(walks)
			.values({ tenantId: town.id, slug: walk.slug, title: walk.title, targetGroup: walk.targetGroup, description: walk.description, durationMinutes: walk.durationMinutes, published: true })
			.returning({ id: walks.id });
		await db.insert(walkStops).values(
			walk.stops.map(([key, placeName, text], i) => {
				const id = placeId.get(`${key}|${placeName}`);
				if (!id) throw new Error(`demo walk stop unknown: ${key} / ${placeName}`);
				return { tenantId: town.id, walkId: row.id, position: i + 1, placeId: id, text };
			})
		);
	}
}
