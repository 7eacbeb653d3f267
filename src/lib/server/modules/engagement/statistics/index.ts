export { showEngagementFigures, type EngagementFigures, type NamedCount } from './show-engagement-figures';
export { listBlindSpots, searchHref, BLIND_SPOTS_SHOWN, type BlindSpotFilter, type FilterValue } from './list-blind-spots';
export { berlinToday } from './period';
export { engagementFiguresCsv } from './figures-csv';
