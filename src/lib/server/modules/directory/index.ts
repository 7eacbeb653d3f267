export * from './vocabulary';
export * from './contracts';
export { DIRECTORY_TOPIC } from './topic';
export { proposeOrganisation } from './profiles/propose-organisation';
export { updateOrganisation, confirmOrganisationCurrent, setOrganisationArchived } from './profiles/update-organisation';
export { addPlace, updatePlace, removePlace, reassignDistricts } from './places/manage-places';
export {
	searchOrganisations,
	directoryLetters,
	organisationCategoryIds,
	placesOf,
	listCategories,
	listDistricts,
	listDistrictNames,
	STALE_AFTER_MONTHS,
	type Place,
	type Category,
	type District,
	type DirectoryEntry
} from './search/queries';
export { organisationInputFromForm, formVocabulary } from './profiles/form-input';
export { showOrganisationPeople } from './profiles/show-organisation-people';
export { listMyOrganisations, type MyOrganisation } from './profiles/list-my-organisations';
export { ZMapQuery, MAP_LIMIT, mapPlaces, mapOrganisationName, mapAreas, staticMap, projection, scaleBar, type TMapQuery, type MapPlace, type MapArea, type StaticMap } from './places/map-data';
export {
	MAX_WALK_STOPS,
	slugify,
	listWalks,
	findWalk,
	listWalkStops,
	walkPlaceOptions,
	loadPublicWalk,
	type Walk,
	type WalkSummary,
	type WalkStop,
	type WalkPlaceOption,
	type PublicWalk
} from './walks/walks';
export { createWalk } from './walks/create-walk';
export { updateWalk } from './walks/update-walk';
export { setWalkPublished } from './walks/publish-walk';
export { deleteWalk } from './walks/delete-walk';
export { addWalkStop } from './walks/add-walk-stop';
export { updateWalkStop } from './walks/update-walk-stop';
export { moveWalkStop } from './walks/move-walk-stop';
export { removeWalkStop } from './walks/remove-walk-stop';
export { mergeOrganisations } from './office/merge-organisations';
export { compareOrganisations, findMergeCandidates, type MergeSide } from './office/compare-organisations';
export { sendStaleReminders, listStaleOrganisations } from './office/stale-reminders';
export { showOfficeDashboard, DASHBOARD_ITEMS } from './office/office-dashboard';
export { createCategory, updateCategory, deleteCategory, categoryUsage } from './office/manage-categories';
export { describeCategoryDeletion, describeOrganisationArchiving, describePlaceRemoval } from './office/consequences';
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
} from './imports/import-organisations';
export { previewAddressImport, importAddresses, countAddresses, countUnlocatedPlaces, locateUnlocatedPlaces, type AddressPreview } from './imports/import-addresses';
export { importDistricts, districtOverview, districtSlug, type FeatureProblem } from './imports/import-districts';
export { loadOrganisationDetails, type OrganisationDetails, type OrganisationDetailsValue } from './profiles/organisation-details';
export { organisationStructuredData } from './profiles/structured-data';
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
} from './open-data/open-data';
export { placesGeoJson, placesGeoJsonDocument, directoryVersion, ZPlacesGeoJson } from './places/places-geojson';
export { setOrganisationLogo } from './profiles/set-organisation-logo';
export { loadOrganisationForEditing } from './profiles/organisation-for-editing';
export { countOrganisations } from './search/count-organisations';
/** The tables other modules join (an opportunity's places, fields of activity and districts, the address table for a postcode's position); they read, the directory writes. */
export { places as placesTable, categories as categoriesTable, districts as districtsTable, geocodeAddresses as geocodeAddressesTable } from './schema';
