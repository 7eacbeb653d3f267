import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/*
 * German search and order, the same in every list. What a person types is folded (lower case,
 * Ä=A, Ö=O, Ü=U, ß=ss, accents off), split into words, and each word planned against the words the
 * list knows: compounds are split into known parts ("Sportverein" → sport + verein), and a word
 * nothing contains is corrected to the nearest known words ("Fusball" → fussball). The plan turns
 * into SQL: every word must hit one of the list's columns, and the hits give the rank.
 */

/** Makes typed text safe inside LIKE: %, _ and \ match themselves. */
export const escapeLike = (text: string) => text.replace(/[%_\\]/g, (c) => '\\' + c);

/** `%text%` for ILIKE, with the text's own wildcards escaped. */
export const containsPattern = (text: string) => `%${escapeLike(text)}%`;

// translate() keeps the expression immutable (unaccent is not), so it can be stored and indexed.
export const ACCENTED = 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŠŽàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿšž';
export const PLAIN = 'AAAAAAACEEEEIIIINOOOOOOUUUUYYSZaaaaaaaceeeeiiiinoooooouuuuyysz';
const PLAIN_OF = new Map([...ACCENTED].map((c, i) => [c, PLAIN[i]]));

/**
 * The DIN 5007-1 form of a text: lower case, Ä=A, Ö=O, Ü=U, ß=ss, other accents off. Sorting by
 * it is the German dictionary order; searching by it finds "Muller" in "Müller".
 */
export const fold = (text: string): string =>
	[...text]
		.map((c) => PLAIN_OF.get(c) ?? c)
		.join('')
		.toLowerCase()
		.replaceAll('ß', 'ss');

/** The same in SQL, immutable, so a generated column can store it (the sort key). */
export const foldSql = (expression: SQL | string): SQL =>
	sql`replace(lower(translate(${typeof expression === 'string' ? sql.raw(expression) : expression}, ${sql.raw(`'${ACCENTED}', '${PLAIN}'`)})), 'ß', 'ss')`;

/**
 * A text's folded words between single spaces, with a space before and after: a stored column of it
 * lets a search tell a whole word (" sport "), a word start (" sport") and a part ("sport") apart by strpos.
 */
export const searchWordsSql = (expression: SQL): SQL => sql`' ' || trim(regexp_replace(${foldSql(expression)}, '[^[:alnum:]]+', ' ', 'g')) || ' '`;

/** Words that say nothing about what is looked for. */
const STOPWORDS = new Set([
	'und',
	'der',
	'die',
	'das',
	'den',
	'dem',
	'des',
	'ein',
	'eine',
	'ev',
	'in',
	'im',
	'am',
	'an',
	'auf',
	'von',
	'vom',
	'fur',
	'zu',
	'zum',
	'zur',
	'mit',
	'the',
	'and',
	'of',
	'for'
]);

/** The folded words of a text, in order, without duplicates. */
export const wordsOf = (text: string): string[] => [...new Set(fold(text).split(/[^\p{L}\p{N}]+/u))].filter((w) => w !== '');

/** What a person typed as search words: folded, at least two letters, no filler words, six at most. */
export const searchWords = (q: string): string[] =>
	wordsOf(q)
		.filter((w) => w.length >= 2 && !STOPWORDS.has(w))
		.slice(0, 6);

/** The edit distance of two words, or `max + 1` as soon as it is certain to be larger than `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			best = Math.min(best, current[j]);
		}
		if (best > max) return max + 1;
		previous = current;
	}
	return previous[b.length];
}

/** How many typos a word of this length may carry: none up to four letters, one up to eight, then two. */
const typosAllowed = (word: string) => (word.length <= 4 ? 0 : word.length <= 8 ? 1 : 2);

/** The words a list knows (names, fields, districts, kinds, descriptions), folded, for planning searches. */
export class Vocabulary {
	readonly words = new Set<string>();
	private byLength = new Map<number, string[]>();
	/** In how many texts each word occurs, and how many texts there are. */
	private counts = new Map<string, number>();
	private texts = 0;

	constructor(texts: Iterable<string>) {
		for (const text of texts)
			for (const word of (this.texts++, wordsOf(text)))
				if (word.length >= 3 && !STOPWORDS.has(word)) {
					this.words.add(word);
					this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
				}
		for (const word of this.words) {
			const list = this.byLength.get(word.length) ?? [];
			list.push(word);
			this.byLength.set(word.length, list);
		}
	}

	has = (word: string) => this.words.has(word);

	/** Whether any known word contains this one, so a plain search for it can find something. */
	occurs(word: string): boolean {
		if (this.words.has(word)) return true;
		for (const known of this.words) if (known.includes(word)) return true;
		return false;
	}

	/** About which share of the texts (0 to 1) contains this word or a word containing it: the rarer, the fewer rows a search for it finds. */
	share(word: string): number {
		let count = 0;
		for (const [known, n] of this.counts) if (known.includes(word)) count += n;
		return this.texts ? Math.min(1, count / this.texts) : 0;
	}

	/** The known words nearest to a mistyped one, closest first, three at most. */
	nearest(word: string): string[] {
		const max = typosAllowed(word);
		if (!max) return [];
		const found: [string, number][] = [];
		for (let length = word.length - max; length <= word.length + max; length++)
			for (const known of this.byLength.get(length) ?? []) {
				const distance = editDistance(word, known, max);
				if (distance <= max) found.push([known, distance]);
			}
		return found
			.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
			.slice(0, 3)
			.map(([known]) => known);
	}
}

/** One way to read a search word: its parts must all be found; `fuzzy` when a part is a correction. */
export interface Reading {
	parts: string[];
	fuzzy: boolean;
}

/** A search word and the ways to read it; a row matches the word when it matches one reading. */
export interface SearchTerm {
	word: string;
	readings: Reading[];
}

const MIN_PART = 3;

/**
 * The ways to split a compound into known words: "sportverein" → sport + verein, "turnferein" →
 * turn + verein (one side may be a correction when the other is known exactly), with the linking
 * "s" of "Vereinsheim" dropped. Splits further parts of the rest, three parts at most.
 */
export function splitCompound(word: string, vocabulary: Vocabulary, depth = 1): Reading[] {
	const readings: Reading[] = [];
	for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
		const head = word.slice(0, i);
		const rest = word.slice(i);
		const tails = rest.length > MIN_PART && rest.startsWith('s') && vocabulary.has(rest.slice(1)) ? [rest, rest.slice(1)] : [rest];
		for (const tail of tails) {
			if (vocabulary.has(head)) {
				if (vocabulary.has(tail)) readings.push({ parts: [head, tail], fuzzy: false });
				else for (const near of vocabulary.nearest(tail)) readings.push({ parts: [head, near], fuzzy: true });
				if (depth < 2) for (const inner of splitCompound(tail, vocabulary, depth + 1)) readings.push({ parts: [head, ...inner.parts], fuzzy: inner.fuzzy });
			} else if (vocabulary.has(tail) && head.length > 4) {
				for (const near of vocabulary.nearest(head)) readings.push({ parts: [near, tail], fuzzy: true });
			}
		}
	}
	const seen = new Set<string>();
	return readings.filter((r) => !seen.has(r.parts.join(' ')) && !!seen.add(r.parts.join(' '))).slice(0, 4);
}

/** The plan for what a person typed: each word with its readings (as typed, split, corrected). */
export function planSearch(q: string, vocabulary: Vocabulary): SearchTerm[] {
	return searchWords(q).map((word) => {
		const readings: Reading[] = [{ parts: [word], fuzzy: false }, ...splitCompound(word, vocabulary)];
		if (!vocabulary.occurs(word)) readings.push(...vocabulary.nearest(word).map((near) => ({ parts: [near], fuzzy: true })));
		return { word, readings };
	});
}

/**
 * Where a list looks for a word and what a hit there is worth. `words` is a column made by
 * `searchWordsSql`: a whole word scores `weight`, a word start 0.8 of it, a part of a word 0.6. A
 * `match` is a condition for the part (e.g. "has a field of activity named like it") and scores
 * `weight` when true.
 */
export type SearchColumn = { weight: number; words: AnyColumn | SQL } | { weight: number; match: (part: string) => SQL };

const FUZZY = 0.5;

function partScore(columns: SearchColumn[], part: string): SQL {
	const hits = columns.map((column) => {
		if ('match' in column) return sql`case when ${column.match(part)} then ${column.weight}::real else 0 end`;
		return sql`case when strpos(${column.words}, ${` ${part} `}) > 0 then ${column.weight}::real when strpos(${column.words}, ${` ${part}`}) > 0 then ${column.weight * 0.8}::real
			when strpos(${column.words}, ${part}) > 0 then ${column.weight * 0.6}::real else 0 end`;
	});
	return hits.length === 1 ? hits[0] : sql`greatest(${sql.join(hits, sql`, `)})`;
}

/** A term's score: its best reading; a reading scores its weakest part, halved when it is a correction. */
function termScore(columns: SearchColumn[], term: SearchTerm): SQL {
	const readings = term.readings.map((reading) => {
		const parts = reading.parts.map((part) => partScore(columns, part));
		const score = parts.length === 1 ? parts[0] : sql`least(${sql.join(parts, sql`, `)})`;
		return reading.fuzzy ? sql`(${score}) * ${FUZZY}::real` : score;
	});
	return readings.length === 1 ? readings[0] : sql`greatest(${sql.join(readings, sql`, `)})`;
}

/**
 * How a list finds the rows a part hits without scoring every row: `hits(part)` selects the keys
 * (`id`) of exactly the rows where some column scores the part, each column answered by its index;
 * `share(part)` guesses which share of the rows that is (see `Vocabulary.share`).
 */
export interface SearchHits {
	id: AnyColumn;
	hits: (part: string) => SQL;
	share: (part: string) => number;
}

/** Above this share of the rows, checking each row is cheaper than collecting the keys by index. */
const BROAD = 0.2;

/** Whether a row's column scores a part at all. */
function partHit(columns: SearchColumn[], part: string): SQL {
	const hits = columns.map((column) => ('match' in column ? column.match(part) : sql`strpos(${column.words}, ${part}) > 0`));
	return sql`(${sql.join(hits, sql` or `)})`;
}

/**
 * A term's condition by index: a reading's rarest part gives its rows by key (one hashed look-up
 * per row), and only those rows are checked for the reading's other parts. A part most rows
 * have ("verein") is checked on each row instead.
 */
function termHits(columns: SearchColumn[], source: SearchHits, term: SearchTerm): SQL {
	const readings = term.readings.map(({ parts }) => {
		const [rarest, ...others] = [...parts].sort((a, b) => source.share(a) - source.share(b));
		const first = source.share(rarest) > BROAD ? partHit(columns, rarest) : sql`${source.id} in (${source.hits(rarest)})`;
		return sql.join([first, ...others.map((part) => partHit(columns, part))], sql` and `);
	});
	return sql`(${sql.join(readings, sql` or `)})`;
}

/**
 * The SQL of a plan: one condition per term (each must hit) and the rank, best first. With `hits`
 * the conditions find the rows by index and the rank is computed only for the rows found;
 * without, every row is scored.
 */
export function searchSql(columns: SearchColumn[], terms: SearchTerm[], hits?: SearchHits): { conditions: SQL[]; rank: SQL } {
	const scores = terms.map((term) => termScore(columns, term));
	const conditions = hits ? terms.map((term) => termHits(columns, hits, term)) : scores.map((score) => sql`(${score}) > 0`);
	return { conditions, rank: scores.length ? sql`(${sql.join(scores, sql` + `)})` : sql`0` };
}
