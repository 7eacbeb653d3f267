import type { TenantRole } from '../core/permissions';

/** The organisation the demo club owner belongs to; the directory seed creates it with this id. */
export const DEMO_CLUB_ID = '6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';

/** Demo sign-ins, one per role, listed in the README. Only ever created in demo mode. */
export const demoAccounts: {
	email: string;
	password: string;
	displayName: string;
	roles: TenantRole[];
	club?: 'owner' | 'editor';
	/** Accounts of the district; all others belong to Lindwerder. */
	district?: true;
}[] = [
	{ email: 'admin@lindwerder.example', password: 'Rathaus-Schluessel-42', displayName: 'Henrike Albers', roles: ['admin'] },
	{ email: 'koordination@lindwerder.example', password: 'Ehrenamt-Buero-Markt-7', displayName: 'Jonas Petersen', roles: ['coordinator'] },
	{ email: 'partner@lindwerder.example', password: 'Museum-Kasse-Stempel-3', displayName: 'Museum am Deich', roles: ['partner'] },
	{ email: 'verein@lindwerder.example', password: 'Turnhalle-am-Deich-9', displayName: 'Karin Lorenzen', roles: [], club: 'owner' },
	{ email: 'redaktion@lindwerder.example', password: 'Zeitung-Kiosk-Bahnhof-8', displayName: 'Mehmet Yilmaz', roles: [], club: 'editor' },
	{ email: 'bewohnerin@lindwerder.example', password: 'Sonnenblume-Hafen-Weg-5', displayName: 'Lea Hansen', roles: [] },
	{ email: 'admin@kreis-nordaue.example', password: 'Kreishaus-Fachdienst-24', displayName: 'Birte Carstensen', roles: ['admin'], district: true }
];
