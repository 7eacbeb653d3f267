import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '.';

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
});

describe('toCsv', () => {
	it('writes what parseCsv reads back, and defuses spreadsheet formulas', () => {
		const text = toCsv(['name', 'note'], [['A; B', 'say "hi"'], ['=HYPERLINK("x")', null]]);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(parseCsv(text).rows.map((r) => r.values)).toEqual([
			{ name: 'A; B', note: 'say "hi"' },
			{ name: `'=HYPERLINK("x")`, note: '' }
		]);
	});
});
