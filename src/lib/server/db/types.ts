import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL's full-text document type; filled by a generated column, never written by us. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
