import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Tenant } from '../core/tenants';
import { accounts } from '../core/accounts/schema';
import { organisations } from '../core/organisations/schema';
import { moderationItems } from '../core/moderation/schema';
import { categories, organisationCategories, places } from '../modules/directory/schema';
import { applications, consultations, opportunities, opportunityFields, opportunityPlaces, suggestions, volunteerProfiles } from '../modules/engagement/schema';
import { scheduleFromSlots, type ApplicationStatus, type OpportunityStatus } from '../modules/engagement/vocabulary';
import { addMonths } from '../modules/engagement/opportunities/transition';
import { generalBlocks, typicalBlocks, type Block } from './demo-engagement-blocks';
import { DEMO_OPPORTUNITY_ID } from './demo-accounts';

/*
 * Lindwerder's Freiwilligenbörse: about 150 opportunities made of the building blocks
 * (demo-engagement-blocks.ts) at the organisations they fit, in every status, some volunteers with
 * profiles and applications in every status, and a few opportunities of the Kreis. Deterministic:
 * the same rows on every seed, dated relative to today.
 */

const TARGET = 150;
const DAY = 24 * 3600 * 1000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The demo volunteers; they sign in with the demo resident's password (one hash less to compute: the seed stays quick). */
const volunteers = [
	{
		email: 'tanja.friedrichsen@lindwerder.example',
		displayName: 'Tanja Friedrichsen',
		interests: ['umwelt', 'tierschutz'],
		slots: ['sat-morning', 'sat-afternoon'],
		age: '30_49',
		looking: 'once',
		advice: false
	},
	{
		email: 'olena.kovalenko@lindwerder.example',
		displayName: 'Olena Kovalenko',
		interests: ['migration', 'bildung'],
		slots: ['mon-evening', 'wed-evening'],
		age: '30_49',
		looking: 'regular',
		advice: true
	},
	{
		email: 'peter.jessen@lindwerder.example',
		displayName: 'Peter Jessen',
		interests: ['senioren', 'nachbarschaft'],
		slots: ['tue-morning', 'thu-morning', 'tue-afternoon'],
		age: '65_plus',
		looking: 'regular',
		advice: true
	},
	{ email: 'emre.demir@lindwerder.example', displayName: 'Emre Demir', interests: ['sport', 'kinder-jugend'], slots: ['fri-afternoon', 'sat-morning'], age: '18_29', looking: 'both', advice: false }
] as const;

/** Every status appears; most are published, as in a living Börse. */
function statusAt(i: number): OpportunityStatus {
	const slot = i % 20;
	return slot === 3 ? 'draft' : slot === 7 ? 'review' : slot === 11 ? 'paused' : slot === 13 ? 'filled' : slot === 16 ? 'expired' : slot === 18 ? 'archived' : 'published';
}

interface DemoOrganisation {
	id: string;
	name: string;
	fields: string[];
	places: string[];
	contact: { name: string; email: string; phone: string };
}

async function organisationsOf(db: Db, tenantId: string): Promise<DemoOrganisation[]> {
	const [orgs, links, placeRows] = await Promise.all([
		db
			.select({ id: organisations.id, name: organisations.name, contactName: organisations.contactName, contactEmail: organisations.contactEmail, contactPhone: organisations.contactPhone })
			.from(organisations)
			.where(and(eq(organisations.tenantId, tenantId), eq(organisations.status, 'published')))
			.orderBy(asc(organisations.sortKey)),
		db
			.select({ organisationId: organisationCategories.organisationId, slug: categories.slug })
			.from(organisationCategories)
			.innerJoin(categories, and(eq(categories.tenantId, organisationCategories.tenantId), eq(categories.id, organisationCategories.categoryId)))
			.where(eq(organisationCategories.tenantId, tenantId)),
		db.select({ id: places.id, organisationId: places.organisationId }).from(places).where(eq(places.tenantId, tenantId)).orderBy(asc(places.createdAt), asc(places.name))
	]);
	return orgs.map((o) => ({
		id: o.id,
		name: o.name,
		fields: links.filter((l) => l.organisationId === o.id).map((l) => l.slug),
		places: placeRows.filter((p) => p.organisationId === o.id).map((p) => p.id),
		contact: { name: o.contactName, email: o.contactEmail, phone: o.contactPhone }
	}));
}

/** Which block goes to which organisation: the typical ones where they belong, then general ones by field until the target. */
function pairUp(orgs: DemoOrganisation[], target: number): [Block, DemoOrganisation][] {
	const pairs: [Block, DemoOrganisation][] = [];
	for (const block of typicalBlocks) for (const org of orgs.filter((o) => block.at!.test(o.name)).slice(0, 3)) pairs.push([block, org]);
	const used = new Set(pairs.map(([b, o]) => `${b.title}|${o.id}`));
	let cursor = 0;
	for (let round = 0; round < 3 && pairs.length < target; round++)
		for (const org of orgs) {
			if (pairs.length >= target) break;
			const fitting = generalBlocks.filter((b) => b.fields.some((f) => org.fields.includes(f)) && !used.has(`${b.title}|${org.id}`));
			if (!fitting.length) continue;
			const block = fitting[cursor++ % fitting.length];
			used.add(`${block.title}|${org.id}`);
			pairs.push([block, org]);
		}
	return pairs.slice(0, target);
}

async function insertOpportunities(db: Db, tenant: Tenant, pairs: [Block, DemoOrganisation][], createdBy: string | null): Promise<{ id: string; status: OpportunityStatus }[]> {
	if (!pairs.length) return [];
	const fieldIds = new Map((await db.select({ id: categories.id, slug: categories.slug }).from(categories).where(eq(categories.tenantId, tenant.id))).map((c) => [c.slug, c.id]));
	const rows = pairs.map(([block, org], i) => {
		const status = statusAt(i);
		// Published over the last five months; every seventeenth runs out within ten days (the reminders), expired ones a while ago.
		const publishedAt =
			status === 'draft' || status === 'review' ? null : i % 17 === 5 ? addMonths(daysFromNow(10), -6) : status === 'expired' ? addMonths(daysFromNow(-9), -6) : daysFromNow(-((i * 7) % 150) - 1);
		const online = !!block.online || org.places.length === 0;
		return {
			// The first (the Tafel's, published) has a fixed id the route checks ask for.
			...(i === 0 && tenant.slug === 'lindwerder' ? { id: DEMO_OPPORTUNITY_ID } : {}),
			tenantId: tenant.id,
			organisationId: org.id,
			title: block.title,
			description: block.text,
			tasks: block.tasks,
			commitment: block.commitment,
			hoursPerMonth: block.hours ?? null,
			schedule: scheduleFromSlots(block.slots ?? []),
			dates: (block.dates ?? []).map((d) => ({ date: isoDate(daysFromNow(d.in + (i % 5))), from: d.from, to: d.to })),
			startsOn: block.commitment === 'project' ? isoDate(daysFromNow(14 + (i % 10))) : null,
			endsOn: block.commitment === 'project' ? isoDate(daysFromNow(100 + (i % 30))) : null,
			minAge: block.minAge ?? null,
			forYouth14: !!block.youth,
			targetGroups: block.groups ?? [],
			languages: block.langs ?? ['de'],
			skills: block.skills ?? [],
			requirements: block.needs ?? [],
			offers: block.offers ?? [],
			accessibility: block.access ?? '',
			volunteersWanted: block.wanted ?? (i % 4 === 0 ? 2 + (i % 5) : null),
			contactName: org.contact.name,
			contactEmail: org.contact.email,
			contactPhone: org.contact.phone,
			online,
			status,
			publishedAt,
			confirmedAt: publishedAt,
			expiresAt: publishedAt ? addMonths(publishedAt, 6) : null,
			createdBy,
			createdAt: publishedAt ? new Date(publishedAt.getTime() - 2 * DAY) : daysFromNow(-3),
			updatedAt: publishedAt ?? daysFromNow(-1)
		};
	});
	const inserted = await db.insert(opportunities).values(rows).returning({ id: opportunities.id, status: opportunities.status });
	const placeLinks = pairs.flatMap(([block, org], i) =>
		(block.online && i % 3 !== 0 ? [] : org.places.slice(0, 2)).map((placeId) => ({ tenantId: tenant.id, opportunityId: inserted[i].id, placeId }))
	);
	const fieldLinks = pairs.flatMap(([block], i) =>
		[...new Set(block.fields)].slice(0, 5).flatMap((slug) => (fieldIds.has(slug) ? [{ tenantId: tenant.id, opportunityId: inserted[i].id, categoryId: fieldIds.get(slug)! }] : []))
	);
	if (placeLinks.length) await db.insert(opportunityPlaces).values(placeLinks);
	if (fieldLinks.length) await db.insert(opportunityFields).values(fieldLinks);
	return inserted;
}

const tokenHash = () => createHash('sha256').update(randomBytes(32)).digest('hex');

/** Volunteers with profiles, and applications in every status (also from guests), with their ages. */
async function seedVolunteers(db: Db, town: Tenant, published: string[], residentId: string | undefined, coordinatorId: string | undefined): Promise<void> {
	const [resident] = residentId
		? await db
				.select({ passwordHash: accounts.passwordHash })
				.from(accounts)
				.where(and(eq(accounts.tenantId, town.id), eq(accounts.id, residentId)))
		: [];
	if (!resident) return;
	const { passwordHash } = resident;
	const created = await db
		.insert(accounts)
		.values(volunteers.map((v) => ({ tenantId: town.id, email: v.email, displayName: v.displayName, passwordHash, emailVerifiedAt: daysFromNow(-60) })))
		.returning({ id: accounts.id, email: accounts.email });
	const fieldIds = new Map((await db.select({ id: categories.id, slug: categories.slug }).from(categories).where(eq(categories.tenantId, town.id))).map((c) => [c.slug, c.id]));
	const profiles = volunteers.map((v, i) => ({
		tenantId: town.id,
		accountId: created[i].id,
		interests: v.interests.map((slug) => fieldIds.get(slug)!).filter(Boolean),
		skills: i === 1 ? ['Ukrainisch', 'Russisch', 'Unterrichten'] : i === 2 ? ['Autofahren', 'Zuhören'] : [],
		languages: i === 1 ? ['uk', 'ru', 'de', 'en'] : i === 3 ? ['de', 'tr'] : ['de'],
		availability: scheduleFromSlots(v.slots),
		homePostcode: '24998',
		travelRadiusKm: i === 2 ? 3 : 10,
		ageBand: v.age,
		lookingFor: v.looking,
		wantsAdvice: v.advice,
		adviceConsentAt: v.advice ? daysFromNow(-20 + i) : null
	}));
	if (residentId)
		profiles.push({
			tenantId: town.id,
			accountId: residentId,
			interests: ['umwelt', 'nachbarschaft'].map((slug) => fieldIds.get(slug)!).filter(Boolean),
			skills: ['Gärtnern'],
			languages: ['de', 'en'],
			availability: scheduleFromSlots(['sat-morning', 'wed-evening']),
			homePostcode: '24998',
			travelRadiusKm: 5,
			ageBand: '30_49',
			lookingFor: 'both',
			wantsAdvice: false,
			adviceConsentAt: null
		});
	await db.insert(volunteerProfiles).values(profiles);

	const statuses: ApplicationStatus[] = ['new', 'in_contact', 'accepted', 'declined', 'withdrawn'];
	const people = [...created.map((c) => c.id), ...(residentId ? [residentId] : [])];
	const rows: (typeof applications.$inferInsert)[] = [];
	for (let i = 0; i < 14 && i < published.length; i++) {
		const status = statuses[i % statuses.length];
		// Some wait long: a week (the organisation is reminded), two weeks (the coordinators see it).
		const age = i === 0 ? 9 : i === 5 ? 16 : 1 + ((i * 3) % 20);
		const at = daysFromNow(-age);
		const accountId = people[i % people.length];
		rows.push({
			tenantId: town.id,
			opportunityId: published[(i * 5) % published.length],
			accountId,
			confirmedAt: at,
			message: [
				'Ich hätte Zeit und Lust, mitzumachen. Wann kann ich vorbeikommen?',
				'Guten Tag, ich würde gern mehr erfahren.',
				'Hallo! Ich habe so etwas schon einmal gemacht und würde mich freuen.'
			][i % 3],
			sharedContact: { name: volunteers[i % volunteers.length]?.displayName, email: created[i % created.length]?.email, ...(i % 2 ? { phone: '04698 55 01 2' + (i % 10) } : {}) },
			status,
			statusChangedAt: status === 'new' ? at : daysFromNow(-Math.max(0, age - 2)),
			remindedAt: status === 'new' && age > 7 ? daysFromNow(-(age - 7)) : null,
			escalatedAt: status === 'new' && age > 14 ? daysFromNow(-(age - 14)) : null,
			createdAt: at,
			updatedAt: at
		});
	}
	// Guests apply without an account: one confirmed their address, one not yet.
	rows.push(
		{
			tenantId: town.id,
			opportunityId: published[1 % published.length],
			guestName: 'Jana Brodersen',
			guestEmail: 'jana.brodersen@example.org',
			confirmedAt: daysFromNow(-2),
			message: 'Ich bin neu in Lindwerder und würde gern samstags helfen.',
			sharedContact: { name: 'Jana Brodersen', email: 'jana.brodersen@example.org' },
			status: 'new',
			statusChangedAt: daysFromNow(-2),
			createdAt: daysFromNow(-2),
			updatedAt: daysFromNow(-2)
		},
		{
			tenantId: town.id,
			opportunityId: published[2 % published.length],
			guestName: 'Malte Hinrichs',
			guestEmail: 'malte.hinrichs@example.org',
			confirmTokenHash: tokenHash(),
			message: 'Kann man auch nur einmal im Monat mitmachen?',
			sharedContact: { name: 'Malte Hinrichs', email: 'malte.hinrichs@example.org' },
			status: 'new',
			statusChangedAt: daysFromNow(0),
			createdAt: daysFromNow(0),
			updatedAt: daysFromNow(0)
		}
	);
	await db.insert(applications).values(rows);

	// The coordination office advised the two who asked for it, and suggested an opportunity to one of them.
	const advised = created.filter((_, i) => volunteers[i].advice);
	if (advised.length && coordinatorId) {
		await db.insert(consultations).values(
			advised.map((a, i) => ({
				tenantId: town.id,
				accountId: a.id,
				heldOn: isoDate(daysFromNow(-10 + i * 3)),
				topic: i ? 'Besuchsdienst oder Fahrdienst?' : 'Engagement mit Sprachkenntnissen',
				note: 'Erstgespräch im Büro, sehr motiviert.',
				authorId: coordinatorId
			}))
		);
		await db.insert(suggestions).values({
			tenantId: town.id,
			opportunityId: published[3 % published.length],
			accountId: advised[0].id,
			suggestedBy: coordinatorId,
			message: 'Das könnte gut zu Ihren Sprachen passen.',
			status: 'open'
		});
	}
}

/** The Kreis's own organisations post a few opportunities of their own. */
async function seedDistrict(db: Db, kreis: Tenant): Promise<void> {
	const orgs = [
		{ name: 'Kreissportverband Nordaue e. V.', kind: 'club' as const, field: 'sport', place: ['Haus des Sports', 'Kreishausplatz 4', 54.61, 9.45] as const },
		{ name: 'DRK-Kreisverband Nordaue e. V.', kind: 'institution' as const, field: 'rettung', place: ['Rotkreuzhaus', 'Bahnhofstraße 20', 54.612, 9.452] as const },
		{ name: 'Kreisjugendring Nordaue e. V.', kind: 'club' as const, field: 'kinder-jugend', place: ['Jugendbildungsstätte am See', 'Seeweg 1', 54.59, 9.41] as const }
	];
	const categoryIds = new Map((await db.select({ id: categories.id, slug: categories.slug }).from(categories).where(eq(categories.tenantId, kreis.id))).map((c) => [c.slug, c.id]));
	const inserted = await db
		.insert(organisations)
		.values(orgs.map((o) => ({ tenantId: kreis.id, name: o.name, kind: o.kind, status: 'published' as const, city: 'Nordaue', postcode: '24999', contactEmail: 'ehrenamt@kreis-nordaue.example' })))
		.returning({ id: organisations.id });
	await db.insert(organisationCategories).values(orgs.map((o, i) => ({ tenantId: kreis.id, organisationId: inserted[i].id, categoryId: categoryIds.get(o.field)! })));
	const placeRows = await db
		.insert(places)
		.values(orgs.map((o, i) => ({ tenantId: kreis.id, organisationId: inserted[i].id, name: o.place[0], street: o.place[1], postcode: '24999', city: 'Nordaue', lat: o.place[2], lng: o.place[3] })))
		.returning({ id: places.id });
	const picks: [string, number][] = [
		['Übungsleitung Kinderturnen', 0],
		['Helferinnen und Helfer beim Sommersportfest', 0],
		['Vorstandsarbeit: Beisitz gesucht', 0],
		['Wachdienst am Strand in den Sommerferien', 1],
		['Begleitung bei Ausflügen', 1],
		['Fahrdienst zu Veranstaltungen', 1],
		['Social Media und Website betreuen', 1],
		['Moderation im Jugendforum', 2],
		['Ferienprogramm mitgestalten', 2],
		['Online-Nachhilfe für geflüchtete Schülerinnen und Schüler', 2]
	];
	const blocks = [...typicalBlocks, ...generalBlocks];
	const pairs = picks.map(([title, o]): [Block, DemoOrganisation] => [
		blocks.find((b) => b.title === title)!,
		{ id: inserted[o].id, name: orgs[o].name, fields: [orgs[o].field], places: [placeRows[o].id], contact: { name: '', email: 'ehrenamt@kreis-nordaue.example', phone: '04699 10-0' } }
	]);
	// The Kreis's are all current: the statuses of the town's rotation would hide half of so few.
	const rows = await insertOpportunities(db, kreis, pairs, null);
	await db
		.update(opportunities)
		.set({ status: 'published', publishedAt: daysFromNow(-12), confirmedAt: daysFromNow(-12), expiresAt: addMonths(daysFromNow(-12), 6) })
		.where(
			and(
				eq(opportunities.tenantId, kreis.id),
				inArray(
					opportunities.id,
					rows.map((r) => r.id)
				)
			)
		);
}

/** Call after the directory and the demo accounts: opportunities hang off the organisations, applications off the accounts. */
export async function seedDemoEngagement(db: Db, town: Tenant, kreis: Tenant, people: { residentId?: string; coordinatorId?: string }): Promise<void> {
	const orgs = await organisationsOf(db, town.id);
	const rows = await insertOpportunities(db, town, pairUp(orgs, TARGET), null);
	const published = rows.filter((r) => r.status === 'published').map((r) => r.id);
	// Those in review wait in the coordinators' Freigaben.
	const waiting = rows.filter((r) => r.status === 'review');
	if (waiting.length) await db.insert(moderationItems).values(waiting.map((r, i) => ({ tenantId: town.id, subjectType: 'opportunity', subjectId: r.id, submittedAt: daysFromNow(-1 - i) })));
	await seedVolunteers(db, town, published, people.residentId, people.coordinatorId);
	await seedDistrict(db, kreis);
}
