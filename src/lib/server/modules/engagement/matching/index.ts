export { ZVolunteerProfileInput, ZMatchQuery, TRAVEL_RADII, DEFAULT_RADIUS_KM, type TVolunteerProfileInput } from './contracts';
export { showVolunteerProfile, type VolunteerProfileView } from './show-volunteer-profile';
export { saveVolunteerProfile } from './save-volunteer-profile';
export { deleteVolunteerProfile } from './delete-volunteer-profile';
export { matchOpportunities, MATCHES_PER_PAGE, type MatchItem } from './match-opportunities';
export { describeMatch, listOf as joinList, kilometres } from './reasons';
export { hasProfile as hasVolunteerProfile } from './queries';
