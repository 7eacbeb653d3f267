export * from './vocabulary';
export * from './contracts';
export { searchOpportunities, type OpportunityResult, type SearchAnswer, type WidenPart } from './search/search-opportunities';
export { showPublishedOpportunity, type PublishedOpportunity } from './search/show-opportunity';
export { currentOpportunities } from './search/current-opportunities';
export { ZOpportunitySearch, ZOpportunitySearchPage, searchFilters, searchSorts, searchParams, type TOpportunitySearch, type SearchFilter, type SearchSort } from './search/contracts';
