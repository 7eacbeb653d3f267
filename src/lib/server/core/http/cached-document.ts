/** What a route can send of a public document: its text, a validator, and a gzip form. */
export interface SendableDocument {
	body: string;
	etag?: string;
	gzipped?: () => Promise<Buffer>;
}

const acceptsGzip = (request: Request) => /\bgzip\b/i.test(request.headers.get('accept-encoding') ?? '');

/**
 * Answers a GET with a document: "304 Not Modified" when the client's copy carries the same
 * validator, compressed when the client accepts gzip and a compressed form exists.
 */
export async function sendDocument(request: Request, document: SendableDocument, headers: Record<string, string>): Promise<Response> {
	const vary = [headers.vary, 'accept-encoding'].filter(Boolean).join(', ');
	const common: Record<string, string> = { ...headers, vary, ...(document.etag ? { etag: document.etag } : {}) };
	if (
		document.etag &&
		request.headers
			.get('if-none-match')
			?.split(/\s*,\s*/)
			.includes(document.etag)
	) {
		return new Response(null, { status: 304, headers: common });
	}
	if (document.gzipped && acceptsGzip(request)) {
		const body = await document.gzipped();
		return new Response(new Uint8Array(body), { headers: { ...common, 'content-encoding': 'gzip', 'content-length': String(body.length) } });
	}
	return new Response(document.body, { headers: common });
}
