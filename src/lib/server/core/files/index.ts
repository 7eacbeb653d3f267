import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Where uploaded files live. One interface, so a local folder (the default) can be swapped
 * for an S3-compatible store without touching the capabilities that upload.
 */
export interface FileStorage {
	put(key: string, data: Uint8Array): Promise<void>;
	get(key: string): Promise<Uint8Array | null>;
	delete(key: string): Promise<void>;
}

export class LocalFolderStorage implements FileStorage {
	constructor(private readonly root: string) {}

	private path(key: string): string {
		const path = normalize(join(this.root, key));
		if (!path.startsWith(normalize(this.root) + sep)) throw new Error('file key leaves the storage folder');
		return path;
	}

	async put(key: string, data: Uint8Array): Promise<void> {
		const path = this.path(key);
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, data);
	}

	async get(key: string): Promise<Uint8Array | null> {
		try {
			return await readFile(this.path(key));
		} catch {
			return null;
		}
	}

	async delete(key: string): Promise<void> {
		await rm(this.path(key), { force: true });
	}
}

let current: FileStorage | undefined;

export function configureStorage(storage: FileStorage): void {
	current = storage;
}

export function fileStorage(): FileStorage {
	if (!current) throw new Error('file storage is not configured');
	return current;
}

/** Keys are tenant-scoped and unguessable; the extension tells the content type when served. */
export const newFileKey = (tenantId: string, name: string, extension: string) => `${tenantId}/${name}-${randomBytes(8).toString('hex')}.${extension}`;

export const contentTypes: Record<string, string> = { png: 'image/png', webp: 'image/webp', jpg: 'image/jpeg', pdf: 'application/pdf' };

/** Only these shapes are ever served, so nothing else can be requested from the folder. */
export const FILE_KEY = /^[0-9a-f-]{36}\/[a-z0-9-]+-[0-9a-f]{16}\.(png|webp|jpg|pdf)$/;
