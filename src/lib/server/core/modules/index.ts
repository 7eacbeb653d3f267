import type { Db } from '$lib/server/db/client';
import { registerPermissions, type Action, type PermissionRule } from '../permissions';
import { registerAreas, type Area } from '../http/areas';
import { registerNavigation, type NavigationEntry } from '../navigation';
import { registerJobHandler, registerPeriodicTask, type JobHandler } from '../jobs';
import type { Schedule } from '../jobs/schedule';
import { registerNotificationKinds, type NotificationKind } from '../notifications';
import { registerRetentionRule, type RetentionRule } from '../retention';
import { registerPersonalData, type PersonalDataSource } from '../privacy';
import { registerModerationSubject, type ModerationSubject } from '../moderation';
import { registerOrganisationMergeHandler, type OrganisationMergeHandler } from '../organisations/merge-handlers';
import { registerTenantSetup, type TenantSetup } from '../tenants';
import { registerApiOperations, type ApiOperation } from '../api/openapi';
import { registerStatistics, type Statistic } from '../statistics';
import { registerExports, type DataExport } from '../exports';
import { registerMapRoutes } from '../http/map-tiles';
import { registerSitemapSource, type SitemapSource } from '../site/sitemap';
import { registerAuditSubject, type AuditSubject } from '../audit/subjects';

/**
 * Everything a capability contributes to the platform, declared in one place
 * (`modules/<name>/module.ts`). Core reads these declarations; it never imports a module.
 */
export interface ModuleManifest {
	/** The module's folder name, e.g. "directory". */
	name: string;
	/** Its actions and who may do them; they join the one `can()`. */
	permissions?: Record<Action, PermissionRule>;
	/** Route prefixes (URLs, without route groups) and what they need, for the area guard. */
	areas?: Record<string, Area>;
	navigation?: NavigationEntry[];
	jobs?: Record<string, JobHandler>;
	/** Work at wall-clock times in Europe/Berlin, run once across all server processes. */
	periodicTasks?: { name: string; schedule: Schedule; run: (db: Db) => Promise<void> }[];
	/** Mails and Mein Bereich notices it sends with `notify()`. */
	notifications?: NotificationKind[];
	/** What it deletes once its period is over (decision 0012). */
	retention?: RetentionRule[];
	/** How "Meine Daten" exports and account deletion erase what the module stores about people. */
	personalData?: PersonalDataSource[];
	/** Things coordinators approve, by subject type. */
	moderation?: Record<string, ModerationSubject>;
	/** Moves the module's rows when two organisations are merged. */
	organisationMerge?: OrganisationMergeHandler;
	/** What every new municipality starts with. */
	tenantSetup?: TenantSetup;
	/** Its endpoints under /api/v1, for the OpenAPI document. */
	api?: ApiOperation[];
	/** Named counters over a date range, for the office's figures and the yearly report. */
	statistics?: Statistic[];
	/** Downloads it offers (CSV/JSON), open data or for the office. */
	exports?: DataExport[];
	/** Route ids (without groups) of pages with an interactive map: they may load the tenant's map tiles. */
	mapRoutes?: string[];
	/** Its public pages for the tenant's sitemap.xml, read with the tenant's context. */
	sitemap?: SitemapSource;
	/** How the audit log names the entities it records, by entity type. */
	auditSubjects?: Record<string, AuditSubject>;
}

/** Declares a module; the identity function gives the object its type and nothing else. */
export const defineModule = (manifest: ModuleManifest): ModuleManifest => manifest;

const installed = new Set<string>();

/** Makes what the modules declare known to core. Each module once, in the order given. */
export function installModules(manifests: readonly ModuleManifest[]): void {
	for (const manifest of manifests) {
		if (installed.has(manifest.name)) continue;
		installed.add(manifest.name);
		if (manifest.permissions) registerPermissions(manifest.permissions);
		if (manifest.areas) registerAreas(manifest.areas);
		if (manifest.navigation) registerNavigation(manifest.navigation);
		for (const [kind, handler] of Object.entries(manifest.jobs ?? {})) registerJobHandler(kind, handler);
		for (const task of manifest.periodicTasks ?? []) registerPeriodicTask(task.name, task.schedule, task.run);
		if (manifest.notifications) registerNotificationKinds(manifest.notifications);
		for (const rule of manifest.retention ?? []) registerRetentionRule(rule);
		for (const source of manifest.personalData ?? []) registerPersonalData(source);
		for (const [type, subject] of Object.entries(manifest.moderation ?? {})) registerModerationSubject(type, subject);
		if (manifest.organisationMerge) registerOrganisationMergeHandler(manifest.organisationMerge);
		if (manifest.tenantSetup) registerTenantSetup(manifest.tenantSetup);
		if (manifest.api) registerApiOperations(manifest.api);
		if (manifest.statistics) registerStatistics(manifest.statistics);
		if (manifest.exports) registerExports(manifest.exports);
		if (manifest.mapRoutes) registerMapRoutes(manifest.mapRoutes);
		if (manifest.sitemap) registerSitemapSource(manifest.sitemap);
		for (const [type, subject] of Object.entries(manifest.auditSubjects ?? {})) registerAuditSubject(type, subject);
	}
}

/** The names of the installed modules, in order. */
export const installedModules = (): string[] => [...installed];
