import { z } from 'zod';
import { deliveries } from './schema';
import type { OptionalKind } from './kinds';

/** The settings form: one choice per kind, named by the kind; kinds left out keep their setting. */
export const settingsSchema = (kinds: OptionalKind[]) => z.object(Object.fromEntries(kinds.map((kind) => [kind.name, z.enum(deliveries, { error: 'error.choose_one' }).optional()])));

/** "Gelesen": one entry by its id, or all of them. */
export const ZMarkRead = z.union([z.object({ id: z.uuid() }), z.object({ all: z.literal('on') })]);
