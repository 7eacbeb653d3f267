import { describe, expect, it } from 'vitest';
import { decodeUpload, detectDelimiter, parseCsv, toCsv } from '.';

describe('parseCsv', () => {
	it('reads semicolon files with a BOM, quotes and line breaks in quotes', () => {
		const csv = '\uFEFFName;Straße;Notiz\r\n"TSV ""Blau-Weiß""";Am Markt 1;"zwei\nZeilen"\r\n\r\nKulturverein;Hafenstr. 3;\r\n';
		const parsed = parseCsv(csv);
		expect(parsed.header).toEqual(['Name', 'Straße', 'Notiz']);
		expect(parsed.rows).toEqual([
			{ line: 2, values: { Name: 'TSV "Blau-Weiß"', Straße: 'Am Markt 1', Notiz: 'zwei\nZeilen' } },
			{ line: 5, values: { Name: 'Kulturverein', Straße: 'Hafenstr. 3', Notiz: '' } }
		]);
	});

	it('detects commas and fills missing trailing fields', () => {
		expect(parseCsv('a,b,c\n1,2\n').rows[0].values).toEqual({ a: '1', b: '2', c: '' });
	});

	it('drops U+0000 wherever a file has it, header included', () => {
		expect(parseCsv('Na\u0000me;Ort\nChor\u0000 am Deich;"Lind\u0000werder"\n').rows).toEqual([{ line: 2, values: { Name: 'Chor am Deich', Ort: 'Lindwerder' } }]);
	});
});

describe('toCsv', () => {
	it('writes what parseCsv reads back, and defuses spreadsheet formulas', () => {
		const text = toCsv(
			['name', 'note'],
			[
				['A; B', 'say "hi"'],
				['=HYPERLINK("x")', null]
			]
		);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(parseCsv(text).rows.map((r) => r.values)).toEqual([
			{ name: 'A; B', note: 'say "hi"' },
			{ name: `'=HYPERLINK("x")`, note: '' }
		]);
	});
});

describe('detectDelimiter', () => {
	it('takes the most frequent one outside quotes, and a semicolon when none or a tie', () => {
		expect(detectDelimiter('"a;b",c,d')).toBe(',');
		expect(detectDelimiter('a\tb\tc')).toBe('\t');
		expect(detectDelimiter('name')).toBe(';');
		expect(detectDelimiter('a;b,c')).toBe(';');
	});
});

describe('decodeUpload', () => {
	it('reads UTF-8, and Windows-1252 when the bytes are not UTF-8', () => {
		expect(decodeUpload(new TextEncoder().encode('Größe'))).toBe('Größe');
		expect(decodeUpload(Uint8Array.from([0x47, 0x72, 0xf6, 0xdf, 0x65]))).toBe('Größe');
	});
});
