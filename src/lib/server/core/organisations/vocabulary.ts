/** What an organisation is and where it stands; labels live in the message catalogue. */

export const organisationKinds = ['club', 'initiative', 'institution', 'migrant_organisation', 'foundation', 'parish', 'company', 'contact_point'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationStatuses = ['proposed', 'changes_requested', 'published', 'rejected', 'archived', 'merged'] as const;
export type OrganisationStatus = (typeof organisationStatuses)[number];
