import { z } from 'zod';
import { organisationRoles } from '../permissions';

export const ZMembership = z.object({ organisationId: z.uuid(), accountId: z.uuid(), role: z.enum(organisationRoles) });
