/**
 * CSV as German offices exchange it: semicolon or comma, quoted fields, UTF-8 (with or
 * without BOM). One reader and one writer for every import and export.
 */
import { withoutNul } from '../validation';

/** Reads an uploaded file as UTF-8, or as Windows-1252 (what spreadsheet programs on German Windows save). */
export function decodeUpload(data: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(data);
	} catch {
		return new TextDecoder('windows-1252').decode(data);
	}
}

export interface ParsedCsv {
	header: string[];
	/** Each row keyed by header name; `line` is the 1-based line in the file, for error messages. */
	rows: { line: number; values: Record<string, string> }[];
}

export function detectDelimiter(firstLine: string): ';' | ',' | '\t' {
	const counts = { ';': 0, ',': 0, '\t': 0 };
	let quoted = false;
	for (const ch of firstLine) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
	}
	// The sort is stable: on a tie, or with no delimiter at all, ';' (listed first) wins.
	return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0] as ';' | ',' | '\t';
}

/** Splits text into records of fields, honouring quotes (with "" inside) and line breaks in quotes. */
export function parseRecords(text: string, delimiter: string): { line: number; fields: string[] }[] {
	const records: { line: number; fields: string[] }[] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else {
				if (ch === '\n') line++;
				field += ch;
			}
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === delimiter) {
			fields.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			fields.push(field);
			if (fields.some((f) => f.trim() !== '')) records.push({ line: recordLine, fields });
			fields = [];
			field = '';
			line++;
			recordLine = line;
		} else field += ch;
	}
	fields.push(field);
	if (fields.some((f) => f.trim() !== '')) records.push({ line: recordLine, fields });
	return records;
}

export function parseCsv(input: string): ParsedCsv {
	// U+0000 is never part of a value, and the database could not store it.
	const text = withoutNul(input).replace(/^\uFEFF/, '');
	const delimiter = detectDelimiter(text.split(/\r?\n/, 1)[0] ?? '');
	const [head, ...body] = parseRecords(text, delimiter);
	const header = (head?.fields ?? []).map((h) => h.trim());
	return {
		header,
		rows: body.map((record) => ({
			line: record.line,
			values: Object.fromEntries(header.map((name, i) => [name, (record.fields[i] ?? '').trim()]))
		}))
	};
}

const needsQuotes = /[";\n\r]/;

/** Semicolon-separated with a BOM, so spreadsheet programs set to German open it correctly. */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
	const cell = (value: string | number | boolean | null | undefined) => {
		const text = value === null || value === undefined ? '' : String(value);
		// A leading =, +, - or @ would run as a formula in a spreadsheet.
		const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
		return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
	};
	return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}
