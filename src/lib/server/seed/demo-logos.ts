import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Tenant } from '../core/tenants';
import { fileStorage, newFileKey } from '../core/files';
import { normaliseLogo } from '../core/files/images';
import { organisations } from '../core/organisations/schema';

/** A few organisations of the demo town get a drawn badge, so lists and profiles show logos. */
const badges: { name: string; text: string; colour: string }[] = [
	{ name: 'Turn- und Sportverein Lindwerder von 1892 e. V.', text: 'TSV 1892', colour: '#1d4f91' },
	{ name: 'Schwimmverein Lindwerder-Hafen e. V.', text: 'SV Hafen', colour: '#0e6f78' },
	{ name: 'Kulturverein Alte Molkerei e. V.', text: 'Molkerei', colour: '#8a3b12' },
	{ name: 'Lindwerder Tafel e. V.', text: 'Tafel', colour: '#2f6b2f' },
	{ name: 'Repair-Café Lindwerder', text: 'Repair-Café', colour: '#5b3f8c' },
	{ name: 'Shanty-Chor Lindwerder e. V.', text: 'Shanty-Chor', colour: '#1f4e5f' }
];

// The text has 300 of the 480 pixels beside the emblem: a longer name gets a smaller font, never cut off.
// A bold glyph is about 0.7 of the font size wide.
const fontSize = (text: string) => Math.min(56, Math.floor(300 / (text.length * 0.7)));

export const badge = (text: string, colour: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="480" height="160" viewBox="0 0 480 160">
		<rect width="480" height="160" rx="24" fill="${colour}"/>
		<circle cx="80" cy="80" r="44" fill="none" stroke="#fff" stroke-width="10"/>
		<path d="M56 92 q24 -36 48 0" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round"/>
		<text x="150" y="102" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${fontSize(text)}" font-weight="700" fill="#fff">${text}</text>
	</svg>`;

export async function seedDemoLogos(db: Db, town: Tenant): Promise<void> {
	const rows = await db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(
			and(
				eq(organisations.tenantId, town.id),
				inArray(
					organisations.name,
					badges.map((b) => b.name)
				)
			)
		);
	for (const row of rows) {
		const { text, colour } = badges.find((b) => b.name === row.name)!;
		const image = await normaliseLogo(new TextEncoder().encode(badge(text, colour)));
		if (!image.ok) continue;
		const logoPath = newFileKey(town.id, 'organisation-logo', 'png');
		await fileStorage().put(logoPath, image.png);
		await db
			.update(organisations)
			.set({ logoPath })
			.where(and(eq(organisations.tenantId, town.id), eq(organisations.id, row.id)));
	}
}
