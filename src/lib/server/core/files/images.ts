import sharp from 'sharp';

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

/**
 * Turns an uploaded logo (PNG, JPEG, WebP, GIF or SVG) into a PNG of at most 480 × 240 pixels.
 * Re-encoding drops metadata and anything executable an SVG may carry.
 */
export async function normaliseLogo(data: Uint8Array): Promise<{ ok: true; png: Uint8Array } | { ok: false; error: 'error.image_too_large' | 'error.image_invalid' }> {
	if (data.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: 'error.image_too_large' };
	try {
		const image = sharp(data, { limitInputPixels: 40_000_000, animated: false });
		const meta = await image.metadata();
		if (!meta.format || !['png', 'jpeg', 'webp', 'gif', 'svg'].includes(meta.format)) return { ok: false, error: 'error.image_invalid' };
		const png = await image.resize({ width: 480, height: 240, fit: 'inside', withoutEnlargement: true }).png().toBuffer();
		return { ok: true, png };
	} catch {
		return { ok: false, error: 'error.image_invalid' };
	}
}
