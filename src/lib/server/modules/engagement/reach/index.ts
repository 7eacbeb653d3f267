// Reach beyond the platform: feeds, the widget other websites embed, import and export of opportunities.
export { ZReachFilters, ZWidgetQuery, FILTER_NAMES, filterQuery, queryLists, type TReachFilters, type TWidgetQuery } from './filters';
export { newestOpportunities, embedHostsOf, type ReachItem } from './queries';
export { opportunityFeed, feedLink, FEED_PATH, FEED_TYPE, FEED_LENGTH } from './feed';
export { opportunityWidget, frameAncestors, widgetPolicy, type WidgetContent } from './widget';
export { showEmbedHosts, updateEmbedHosts, ZEmbedHosts, MAX_EMBED_HOSTS } from './embed-hosts';
export { embedCode, WIDGET_PATH, type EmbedCode } from './embed-code';
export {
	previewOpportunityImport,
	importOpportunities,
	OPPORTUNITY_IMPORT_COLUMNS,
	opportunityColumnTitles,
	type OpportunityImportPreview,
	type OpportunityPreviewRow,
	type OpportunityImportSummary
} from './import-opportunities';
export { exportOpportunities, ZOpportunityExport, type ExportedOpportunity } from './export-opportunities';
export { whereOf } from './where';
