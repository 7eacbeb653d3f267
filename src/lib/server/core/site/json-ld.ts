/**
 * A `<script type="application/ld+json">` element for structured data (schema.org). The script
 * is data, never run. `<`, `>`, `&` and the two JavaScript line separators are written as
 * `\u…` escapes, so no text an organisation typed can close the element (`</script>`) or open a comment.
 */
export function jsonLdScript(data: unknown): string {
	const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return `<script type="application/ld+json">${json}</script>`;
}
