// What the site publishes about itself: sitemap, robots.txt, security.txt, web app manifest, structured data.
export { registerSitemapSource, sitemapEntries, renderSitemap, type SitemapEntry, type SitemapSource } from './sitemap';
export { robotsTxt } from './robots';
export { securityTxt, contactUri } from './security-txt';
export { webManifest } from './web-manifest';
export { jsonLdScript } from './json-ld';
