import { decodeUpload } from '../csv';

/**
 * The text of a file sent with a form (an import's first step), decoded from UTF-8 or Windows-1252;
 * null when no file or an empty one came, so the page can say so beside the field.
 */
export async function uploadedText(form: FormData, field = 'file'): Promise<{ name: string; text: string } | null> {
	const file = form.get(field);
	if (!(file instanceof File) || file.size === 0) return null;
	return { name: file.name, text: decodeUpload(new Uint8Array(await file.arrayBuffer())) };
}
