import type { TenantRole } from '../core/permissions';

/** The organisation the demo club owner belongs to; the directory seed creates it with this id. */
export const DEMO_CLUB_ID = '6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';

/** A published opportunity of another organisation (the Tafel's), with a fixed id for the route checks. */
export const DEMO_OPPORTUNITY_ID = '3c7d9e1f-2a4b-4c6d-8e0f-1a2b3c4d5e6f';

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
