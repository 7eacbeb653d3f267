export * from './vocabulary';
export * from './contracts';
export { proposeOrganisation } from './propose-organisation';
export { updateOrganisation, confirmOrganisationCurrent, setOrganisationArchived } from './update-organisation';
export { addPlace, updatePlace, removePlace, reassignDistricts } from './manage-places';
export {
	searchOrganisations,
	directoryConditions,
	directoryLetters,
	findOrganisation,
	organisationCategoryIds,
	placesOf,
	listCategories,
	listDistricts,
	isStale,
	prefixQuery,
	STALE_AFTER_MONTHS,
	type Organisation,
	type Place,
	type Category,
	type District,
	type DirectoryEntry
} from './queries';
