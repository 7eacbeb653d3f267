import { expect, it } from 'vitest';
import sharp from 'sharp';
import { badge } from './demo-logos';

/** White pixels (the badge's text) in the strip between the given columns, between the rounded corners. */
async function whiteBetween(svg: string, from: number, to: number): Promise<number> {
	const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
	let white = 0;
	for (let y = 30; y < 130; y++)
		for (let x = from; x < to; x++) {
			const i = (y * info.width + x) * info.channels;
			if (data[i] > 200 && data[i + 1] > 200 && data[i + 2] > 200) white++;
		}
	return white;
}

it('draws a long demo name whole, with a margin before the badge’s right edge', async () => {
	for (const text of ['Shanty-Chor', 'Repair-Café', 'Ein sehr langer Vereinsname']) {
		const svg = badge(text, '#1f4e5f');
		expect(await whiteBetween(svg, 150, 300), text).toBeGreaterThan(50);
		expect(await whiteBetween(svg, 466, 480), text).toBe(0);
	}
});
