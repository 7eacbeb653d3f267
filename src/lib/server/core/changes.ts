import type { Database } from '../db/client';

/**
 * Which data of a municipality changed, as the database says it: triggers send
 * "<tenant id> <topic>" on this channel at commit (migration 0014). Topics are names like
 * 'tenant' (settings and host names) or 'directory'; a module names its own.
 */
export const CHANGES_CHANNEL = 'gemeinwerk_changes';
export const TENANT_TOPIC = 'tenant';

type Generations = ReadonlyMap<string, number>;
const NONE: Generations = new Map();

/** What a reader saw before it read: compared later to tell whether its result is still current. */
export interface Snapshot {
	readonly epoch: number;
	readonly generations: Generations;
}

/**
 * Counts the changes this process has heard of, per municipality and topic. Whatever is kept in
 * memory takes a snapshot before it reads the database and is current while the topics it read
 * have not moved since. A gap (the connection that listens dropped) makes everything old.
 */
export class ChangeFeed {
	#byTenant = new Map<string, Generations>();
	#epoch = 0;
	#listening = false;
	#listeners = new Set<(tenantId: string | null, topic: string | null) => void>();

	/** Only while changes are heard may anything be kept. */
	get listening(): boolean {
		return this.#listening;
	}

	snapshot(tenantId: string): Snapshot {
		return { epoch: this.#epoch, generations: this.#byTenant.get(tenantId) ?? NONE };
	}

	isCurrent(tenantId: string, snapshot: Snapshot, topics: readonly string[]): boolean {
		if (!this.#listening || snapshot.epoch !== this.#epoch) return false;
		const now = this.#byTenant.get(tenantId) ?? NONE;
		return now === snapshot.generations || topics.every((topic) => (now.get(topic) ?? 0) === (snapshot.generations.get(topic) ?? 0));
	}

	/** Called for every message, and by the writer itself so its own next request never waits for the message. */
	changed(tenantId: string, topic: string): void {
		// A new map per change: a snapshot is the map it saw, taken without copying.
		const next = new Map(this.#byTenant.get(tenantId) ?? NONE);
		next.set(topic, (next.get(topic) ?? 0) + 1);
		this.#byTenant.set(tenantId, next);
		for (const listener of this.#listeners) listener(tenantId, topic);
	}

	/** `null, null`: anything may have changed. */
	onChange(listener: (tenantId: string | null, topic: string | null) => void): void {
		this.#listeners.add(listener);
	}

	receive(payload: string): void {
		const [tenantId, topic] = payload.split(' ');
		if (tenantId && topic) this.changed(tenantId, topic);
	}

	setListening(on: boolean): void {
		this.#listening = on;
		this.#epoch++;
		for (const listener of this.#listeners) listener(null, null);
	}

	/** Hears the database's messages from now on; returns how to stop. */
	listenTo(database: Pick<Database, 'listen'>): Promise<() => Promise<void>> {
		return database.listen(
			CHANGES_CHANNEL,
			(payload) => this.receive(payload),
			(on) => this.setListening(on)
		);
	}
}

/** The process's own feed, listening from the app's start on (src/lib/server/app.ts). */
export const changes = new ChangeFeed();
