import { describe, expect, it } from 'vitest';
import { containsPattern, editDistance, escapeLike, fold, planSearch, searchWords, splitCompound, Vocabulary } from './search';

const vocabulary = new Vocabulary(['Turn- und Sportverein Lindwerder', 'Sport', 'Verein', 'Club', 'Hafen', 'Fußball und Turnen', 'Boßelverein Nordfeld', 'Vereinsheim']);
const readings = (q: string) => planSearch(q, vocabulary).map((term) => term.readings.map((r) => r.parts.join('+') + (r.fuzzy ? '~' : '')));

describe('search helpers', () => {
	it('fold text the DIN 5007 way: lower case, Ä=A, Ö=O, Ü=U, ß=ss, accents off', () => {
		expect(fold('Bäckerei Größe ÖKO Über Éclat')).toBe('backerei grosse oko uber eclat');
		expect(fold('Boßelverein') < fold('Bäckerei')).toBe(false);
		expect(fold('Förderverein') < fold('Freiwilligenagentur')).toBe(true);
	});

	it('take search words folded, without filler words and single letters', () => {
		expect(searchWords('Turn- und Sportverein e. V. in Hafen')).toEqual(['turn', 'sportverein', 'hafen']);
		expect(searchWords('a & | !')).toEqual([]);
		expect(searchWords('Tafel, Ückermünde')).toEqual(['tafel', 'uckermunde']);
	});

	it('measure edit distance, stopping early above the limit', () => {
		expect(editDistance('ferein', 'verein', 2)).toBe(1);
		expect(editDistance('fusball', 'fussball', 2)).toBe(1);
		expect(editDistance('sport', 'kultur', 1)).toBe(2);
	});

	it('split compounds into known parts, correcting one side, and drop a linking s', () => {
		expect(splitCompound('sportverein', vocabulary).map((r) => r.parts)).toContainEqual(['sport', 'verein']);
		expect(splitCompound('turnferein', vocabulary)).toContainEqual({ parts: ['turn', 'verein'], fuzzy: true });
		expect(splitCompound('sportclub', vocabulary)).toContainEqual({ parts: ['sport', 'club'], fuzzy: false });
		expect(splitCompound('vereinshafen', vocabulary).map((r) => r.parts)).toContainEqual(['verein', 'hafen']);
		expect(splitCompound('xyzabc', vocabulary)).toEqual([]);
	});

	it('plan each word as typed, split, and corrected when nothing contains it', () => {
		expect(readings('Sportverein')).toEqual([['sportverein', 'sport+verein']]);
		expect(readings('Fusball')).toEqual([['fusball', 'fussball~']]);
		expect(readings('Sport Hafen')).toEqual([['sport'], ['hafen']]);
		// A word that occurs somewhere is not "corrected" into something else.
		expect(readings('Turn')).toEqual([['turn']]);
	});

	it('tell how common a word is: the share of texts with it or a word containing it', () => {
		expect(vocabulary.share('verein')).toBe(4 / 8);
		expect(vocabulary.share('hafen')).toBe(1 / 8);
		expect(vocabulary.share('xyz')).toBe(0);
	});

	it('make typed wildcards match themselves', () => {
		expect(escapeLike('100% _fair_ \\o/')).toBe('100\\% \\_fair\\_ \\\\o/');
		expect(containsPattern('50%')).toBe('%50\\%%');
	});
});
