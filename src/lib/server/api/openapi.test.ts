import { expect, it } from 'vitest';
import { openApiDocument } from './openapi';

it('describes every endpoint with schemas from the zod contracts', () => {
	const doc = openApiDocument('https://engagement.example/api/v1');
	expect(doc.openapi).toBe('3.1.0');
	expect(Object.keys(doc.paths).sort()).toEqual(['/me', '/sessions', '/sessions/current']);
	const signIn = doc.paths['/sessions'].post as { requestBody: { content: { 'application/json': { schema: { required: string[]; properties: Record<string, unknown> } } } }; responses: Record<string, unknown> };
	expect(signIn.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
	expect(Object.keys(signIn.responses)).toEqual(expect.arrayContaining(['201', '401', '422', '429']));
	expect(JSON.stringify(doc.paths['/me'])).toContain('"roles"');
});
