import type { MessageKey } from '$lib/i18n';

/** One downloadable file: where it is served (a path inside the tenant) and what it says it is. */
export interface ExportFile {
	path: string;
	format: 'csv' | 'json' | 'geojson';
	label: MessageKey;
}

/**
 * Downloads a module offers, and whether they are open data (published for anyone under the
 * tenant's licence) or for the office only.
 */
export interface DataExport {
	name: string;
	openData: boolean;
	files: ExportFile[];
}

const exportsList: DataExport[] = [];

export function registerExports(moduleExports: DataExport[]): void {
	for (const entry of moduleExports) {
		if (exportsList.some((e) => e.name === entry.name)) throw new Error(`export ${entry.name} is declared twice`);
		exportsList.push(entry);
	}
}

/** The files anyone may download (the open-data page), or the office's as well. */
export const listExportFiles = (which: 'open' | 'all'): ExportFile[] => exportsList.filter((e) => which === 'all' || e.openData).flatMap((e) => e.files);
