import { describe, expect, it } from 'vitest';
import { describeError } from './log';

describe('describeError', () => {
	it('keeps the failed query but not its parameters, which carry personal data', () => {
		const cause = Object.assign(new Error('duplicate key value violates unique constraint "accounts_email"'), { code: '23505' });
		const error = Object.assign(new Error('Failed query: insert into "accounts" ("email") values ($1)\nparams: lea@example.org'), {
			cause,
			params: ['lea@example.org']
		});
		const described = describeError(error);
		expect(described).toMatchObject({ type: 'Error', code: '23505' });
		expect(described.message).toContain('insert into "accounts"');
		expect(JSON.stringify(described)).not.toContain('lea@example.org');
	});

	it('says what was thrown when it is not an error', () => {
		expect(describeError('lea@example.org')).toEqual({ type: 'string', message: 'non-error thrown' });
	});
});
