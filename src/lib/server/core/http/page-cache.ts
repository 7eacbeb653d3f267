import { createHash } from 'node:crypto';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { changes, TENANT_TOPIC, type ChangeFeed, type Snapshot } from '../changes';
import { config } from '../config';

/**
 * Pages and API answers that are the same for every visitor are kept in memory and sent again
 * until the data they were built from changes (decision 0016). A page or endpoint opts in with
 * `keepForVisitors(locals, …topics)`; nothing else is ever kept.
 */

/** A page or endpoint's answer to visitors may be kept until a topic it read changes; the town's settings always count. */
export function keepForVisitors(locals: App.Locals, ...topics: string[]): void {
	locals.keptUntil = [...new Set([...(locals.keptUntil ?? []), TENANT_TOPIC, ...topics])];
}

export type Encoding = 'br' | 'gzip' | 'identity';

/** Brotli where the client takes it, else gzip, else none; `q=0` refuses a coding. */
export function chooseEncoding(acceptEncoding: string | null): Encoding {
	const accepted = new Set(
		(acceptEncoding ?? '')
			.split(',')
			.map((part) => part.trim().toLowerCase().split(';'))
			.filter(([, q]) => !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q ?? ''))
			.map(([name]) => name.trim())
	);
	if (accepted.has('br')) return 'br';
	if (accepted.has('gzip')) return 'gzip';
	return 'identity';
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** Kept answers are compressed once, so the better ratio is worth its time. */
export const compress = (body: Uint8Array, encoding: 'br' | 'gzip', quick = false): Promise<Buffer> =>
	encoding === 'br'
		? brotli(body, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: quick ? 4 : 9,
					[constants.BROTLI_PARAM_SIZE_HINT]: body.length
				}
			})
		: gzipped(body, { level: quick ? 5 : 9 });

const DEFAULT_MAX_AGE_MS = 5 * 60_000;
/** Small answers fit one packet anyway. */
const MIN_COMPRESSED = 512;
const compressible = (contentType: string | null) => /^(text\/html|application\/json|application\/[a-z.+-]*\+json)\b/i.test(contentType ?? '');

interface Entry {
	key: string;
	tenantId: string;
	topics: readonly string[];
	snapshot: Snapshot;
	status: number;
	headers: [string, string][];
	body: Buffer;
	etag: string;
	encoded: Partial<Record<'br' | 'gzip', Promise<Buffer>>>;
	bytes: number;
	keptAt: number;
}

export interface PageCacheOptions {
	feed: ChangeFeed;
	/** Bound of the kept bodies, compressed forms included; the least recently sent go first. */
	maxBytes: number;
	/**
	 * Some pages say what time makes true without a write (a profile turns "not current" months
	 * after its last confirmation): no answer is kept longer than this.
	 */
	maxAgeMs?: number;
	now?: () => number;
}

/** The request a kept answer may come from or go to: a visitor's GET (no session cookie, no Authorization). */
export interface KeepableRequest {
	request: Request;
	tenantId: string;
	/** Everything else the answer depends on besides the URL: language, host name. */
	variant: string;
	/** SvelteKit marks every `__data.json` answer `private, no-store`, whoever asks: for a visitor that is no reason. */
	dataRequest?: boolean;
}

/**
 * A request whose answer may come from or go to the cache: a GET of a visitor. Anyone naming a
 * session (cookie or Authorization, valid or not) gets an answer of their own.
 */
export function keepableRequest(request: Request, { sessionCookie, ...rest }: Omit<KeepableRequest, 'request'> & { sessionCookie: boolean }): KeepableRequest | null {
	if (request.method !== 'GET' || sessionCookie || request.headers.has('authorization')) return null;
	return { request, ...rest };
}

const mergeVary = (vary: string | undefined, ...names: string[]) => {
	const all = (vary ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
	for (const name of names) if (!all.some((v) => v.toLowerCase() === name)) all.push(name);
	return all.join(', ');
};

const matches = (ifNoneMatch: string | null, etag: string) =>
	!!ifNoneMatch &&
	ifNoneMatch.split(',').some((tag) => {
		const plain = tag.trim().replace(/^W\//, '');
		return plain === '*' || plain === etag;
	});

export class PageCache {
	#entries = new Map<string, Entry>();
	#bytes = 0;

	constructor(private readonly options: PageCacheOptions) {}

	get bytes(): number {
		return this.#bytes;
	}

	get size(): number {
		return this.#entries.size;
	}

	keyOf({ request, tenantId, variant }: KeepableRequest): string {
		const url = new URL(request.url);
		return `${tenantId} ${variant} ${url.pathname}${url.search}`;
	}

	/** What the feed has seen before the answer is built: an answer is kept under what it could have read. */
	snapshot(tenantId: string): Snapshot {
		return this.options.feed.snapshot(tenantId);
	}

	/** The kept answer for this request, or null when there is none or what it was built from has changed. */
	async serve(keepable: KeepableRequest): Promise<Response | null> {
		const key = this.keyOf(keepable);
		const entry = this.#entries.get(key);
		if (!entry) return null;
		const { feed, maxAgeMs = DEFAULT_MAX_AGE_MS, now = Date.now } = this.options;
		if (!feed.isCurrent(entry.tenantId, entry.snapshot, entry.topics) || now() - entry.keptAt > maxAgeMs) {
			this.#drop(key, entry);
			return null;
		}
		// Least recently sent first out: a Map iterates in insertion order.
		this.#entries.delete(key);
		this.#entries.set(key, entry);
		return this.#respond(entry, keepable.request);
	}

	/**
	 * Keeps the route's answer when it may be kept, and answers from what was kept (ETag,
	 * compression). `topics` are those the route declared; without them the answer is only compressed.
	 */
	async keep(keepable: KeepableRequest, snapshot: Snapshot, topics: readonly string[] | undefined, response: Response): Promise<Response> {
		if (!topics?.length || !this.#mayKeep(keepable, response) || !this.options.feed.listening) return compressAnswer(keepable.request, response);
		const body = Buffer.from(await response.arrayBuffer());
		const headers: [string, string][] = [];
		for (const [name, value] of response.headers) if (name !== 'content-length' && name !== 'etag') headers.push([name, value]);
		const key = this.keyOf(keepable);
		const entry: Entry = {
			key,
			tenantId: keepable.tenantId,
			topics,
			snapshot,
			status: response.status,
			headers,
			body,
			etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
			encoded: {},
			bytes: body.length,
			keptAt: (this.options.now ?? Date.now)()
		};
		const old = this.#entries.get(key);
		if (old) this.#drop(key, old);
		if (entry.bytes <= this.options.maxBytes) {
			this.#entries.set(key, entry);
			this.#grow(entry.bytes);
		}
		return this.#respond(entry, keepable.request);
	}

	#mayKeep({ request, dataRequest }: KeepableRequest, response: Response): boolean {
		if (request.method !== 'GET' || response.status !== 200 || !response.body) return false;
		if (response.headers.has('set-cookie') || response.headers.has('content-encoding')) return false;
		return dataRequest || !/no-store|private/i.test(response.headers.get('cache-control') ?? '');
	}

	#drop(key: string, entry: Entry): void {
		this.#entries.delete(key);
		this.#bytes -= entry.bytes;
	}

	#grow(bytes: number): void {
		this.#bytes += bytes;
		for (const [key, entry] of this.#entries) {
			if (this.#bytes <= this.options.maxBytes) break;
			this.#drop(key, entry);
		}
	}

	async #respond(entry: Entry, request: Request): Promise<Response> {
		const headers = new Headers(entry.headers);
		headers.set('etag', entry.etag);
		// Browsers ask again each time and get a 304 while nothing changed; never `max-age` for pages.
		headers.set('cache-control', 'no-cache');
		const compressed = compressible(headers.get('content-type')) && entry.body.length >= MIN_COMPRESSED;
		headers.set('vary', mergeVary(headers.get('vary') ?? undefined, ...(compressed ? ['accept-encoding'] : []), 'cookie', 'accept-language'));
		if (matches(request.headers.get('if-none-match'), entry.etag)) return new Response(null, { status: 304, headers });

		const encoding = compressed ? chooseEncoding(request.headers.get('accept-encoding')) : 'identity';
		if (encoding === 'identity') {
			headers.set('content-length', String(entry.body.length));
			return new Response(new Uint8Array(entry.body), {
				status: entry.status,
				headers
			});
		}
		let encoded = entry.encoded[encoding];
		if (!encoded) {
			encoded = entry.encoded[encoding] = compress(entry.body, encoding);
			encoded.then(
				(bytes) => {
					if (this.#entries.get(entry.key) !== entry) return;
					entry.bytes += bytes.length;
					this.#grow(bytes.length);
				},
				() => undefined
			);
		}
		const bytes = await encoded;
		headers.set('content-encoding', encoding);
		headers.set('content-length', String(bytes.length));
		return new Response(new Uint8Array(bytes), {
			status: entry.status,
			headers
		});
	}
}

/** Answers nobody keeps (signed in, not declared) are still sent compressed where that helps. */
export async function compressAnswer(request: Request, response: Response): Promise<Response> {
	if (!response.body || response.status === 204 || response.status === 304 || request.method === 'HEAD') return response;
	if (response.headers.has('content-encoding') || !compressible(response.headers.get('content-type'))) return response;
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	if (encoding === 'identity') return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	headers.set('vary', mergeVary(headers.get('vary') ?? undefined, 'accept-encoding'));
	if (body.length < MIN_COMPRESSED)
		return new Response(body, {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	const bytes = await compress(body, encoding, true);
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(bytes.length));
	return new Response(new Uint8Array(bytes), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}

let visitors: PageCache | null | undefined;
/** The process's cache of visitors' answers, or null when PAGE_CACHE_MB=0. */
export function visitorsCache(): PageCache | null {
	if (visitors === undefined) {
		const megabytes = config().PAGE_CACHE_MB;
		visitors = megabytes > 0 ? new PageCache({ feed: changes, maxBytes: megabytes * 2 ** 20 }) : null;
	}
	return visitors;
}
