// Renders the platform's icon (static/favicon.svg) into the files browsers and home screens ask
// for: favicon.ico (16, 32 and 48 pixels; served by src/routes/favicon.ico, which sends its type)
// and the web app manifest's 192 and 512 pixel PNGs.
// Run after changing the SVG: node scripts/icons.js
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const root = new URL('..', import.meta.url).pathname;
const svg = readFileSync(join(root, 'static', 'favicon.svg'));
const png = (size) =>
	sharp(svg, { density: 72 * Math.ceil(size / 32) })
		.resize(size, size)
		.png()
		.toBuffer();

/** An ICO file with PNG images inside, as every browser since 2007 reads it. */
function ico(images) {
	const header = Buffer.alloc(6 + 16 * images.length);
	header.writeUInt16LE(0, 0); // reserved
	header.writeUInt16LE(1, 2); // type: icon
	header.writeUInt16LE(images.length, 4);
	let offset = header.length;
	images.forEach(({ size, data }, i) => {
		const entry = 6 + 16 * i;
		header.writeUInt8(size >= 256 ? 0 : size, entry); // width (0 means 256)
		header.writeUInt8(size >= 256 ? 0 : size, entry + 1); // height
		header.writeUInt8(0, entry + 2); // no palette
		header.writeUInt8(0, entry + 3); // reserved
		header.writeUInt16LE(1, entry + 4); // colour planes
		header.writeUInt16LE(32, entry + 6); // bits per pixel
		header.writeUInt32LE(data.length, entry + 8);
		header.writeUInt32LE(offset, entry + 12);
		offset += data.length;
	});
	return Buffer.concat([header, ...images.map((image) => image.data)]);
}

const sizes = [16, 32, 48];
writeFileSync(join(root, 'src', 'lib', 'server', 'core', 'site', 'favicon.ico'), ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))));
for (const size of [192, 512]) writeFileSync(join(root, 'static', `icon-${size}.png`), await png(size));
console.log('Wrote src/lib/server/core/site/favicon.ico, static/icon-192.png, static/icon-512.png');
