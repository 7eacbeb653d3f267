export * from './vocabulary';
export { ZMembership } from './contracts';
export { findOrganisation, type Organisation } from './queries';
export { setOrganisationMember, removeOrganisationMember, moveOrganisationMemberships } from './memberships';
export { inviteMember, describeInvitation, acceptInvitation, listOpenInvitations } from './invitations';
export { registerOrganisationMergeHandler, runOrganisationMergeHandlers, type OrganisationMergeHandler } from './merge-handlers';
