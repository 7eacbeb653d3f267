export * from './vocabulary';
export * from './contracts';
export { proposeOrganisation } from './propose-organisation';
export { updateOrganisation, confirmOrganisationCurrent, setOrganisationArchived } from './update-organisation';
export { addPlace, updatePlace, removePlace, reassignDistricts } from './manage-places';
export {
	searchOrganisations,
	directoryLetters,
	findOrganisation,
	organisationCategoryIds,
	placesOf,
	listCategories,
	listDistricts,
	listDistrictNames,
	prefixQuery,
	STALE_AFTER_MONTHS,
	type Organisation,
	type Place,
	type Category,
	type District,
	type DirectoryEntry
} from './queries';
export { organisationInputFromForm, formVocabulary } from './form-input';
export { inviteMember, describeInvitation, acceptInvitation, listOpenInvitations } from './invitations';
export { showOrganisationPeople } from './show-organisation-people';
export { ZMapQuery, MAP_LIMIT, mapPlaces, mapOrganisationName, mapAreas, staticMap, projection, type TMapQuery, type MapPlace, type MapArea, type StaticMap } from './map-data';
export { MAX_WALK_STOPS, slugify, listWalks, findWalk, listWalkStops, walkPlaceOptions, loadPublicWalk, type Walk, type WalkSummary, type WalkStop, type WalkPlaceOption, type PublicWalk } from './walks';
export { createWalk } from './create-walk';
export { updateWalk } from './update-walk';
export { setWalkPublished } from './publish-walk';
export { deleteWalk } from './delete-walk';
export { addWalkStop } from './add-walk-stop';
export { updateWalkStop } from './update-walk-stop';
export { moveWalkStop } from './move-walk-stop';
export { removeWalkStop } from './remove-walk-stop';
export { mergeOrganisations, registerOrganisationMergeHandler } from './merge-organisations';
export { sendStaleReminders, listStaleOrganisations } from './stale-reminders';
export { createCategory, updateCategory, deleteCategory, categoryUsage } from './manage-categories';
export {
	previewOrganisationImport,
	importOrganisations,
	normaliseName,
	packImportFile,
	unpackImportFile,
	IMPORT_COLUMNS,
	type ImportPreview,
	type PreviewPage,
	type ImportSummary,
	type PreviewRow,
	type RowProblem,
	type DuplicateMatch
} from './import-organisations';
export {
	previewAddressImport,
	importAddresses,
	countAddresses,
	countUnlocatedPlaces,
	locateUnlocatedPlaces,
	type AddressPreview
} from './import-addresses';
export { importDistricts, districtOverview, districtSlug, type FeatureProblem } from './import-districts';
export { loadOrganisationDetails, type OrganisationDetails, type OrganisationDetailsValue } from './organisation-details';
export {
	openOrganisations,
	openOrganisation,
	openOrganisationPage,
	openOrganisationsCsv,
	openOrganisationsDocument,
	licenceOf,
	csvColumns,
	ZOpenOrganisation,
	ZOpenOrganisationPage,
	ZApiPaging,
	ZOrganisationsApiQuery,
	type OpenDataCtx,
	type TOpenOrganisation
} from './open-data';
export { placesGeoJson, placesGeoJsonDocument, directoryVersion, ZPlacesGeoJson } from './places-geojson';
export { setOrganisationLogo } from './set-organisation-logo';
export { loadOrganisationForEditing } from './organisation-for-editing';
export { countOrganisations } from './count-organisations';
