import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { StudioDatabase } from '../db/schema'
import type { JobRepository } from '../jobs/job-repository'
import { queueEverything } from './outbox'
import type { SharedStore } from './pg-connection'
import { createPgJobRepository, type CounterIdentity } from './pg-job-repository'
import { migrationState } from './shared-migrations'
import { t } from '../i18n/main-language'

/** The store fact holding this counter's id in the studio chain. */
export const COUNTER_ID_FACT = 'shared:counter-id'

/** This counter's id in the studio chain: made once, kept in studio.db, so a rename keeps it. */
export async function counterIdOf(local: Kysely<StudioDatabase>): Promise<string> {
  await local
    .insertInto('store_meta')
    .values({ key: COUNTER_ID_FACT, value: randomUUID() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()
  const row = await local
    .selectFrom('store_meta')
    .select('value')
    .where('key', '=', COUNTER_ID_FACT)
    .executeTakeFirstOrThrow()
  return row.value
}

/** The store fact saying for which shared database this counter's history was queued whole. */
export const QUEUED_FOR_FACT = 'shared:queued-for'

/** Problems only the person can fix (in Settings); the sync waits for a change instead of retrying. */
export class NeedsSetup extends Error {}

/**
 * Joins the shared database on connecting: checks that it is set up for this version of the app (never sets it up:
 * that needs the person's consent), registers this counter under its name (which must be its own in the studio),
 * queues this counter's whole history once for that database, and gives the repository for reading it.
 */
export async function joinSharedDatabase(
  store: SharedStore,
  counter: CounterIdentity,
  deps: {
    local: Kysely<StudioDatabase>
    now: () => number
    log?: (level: 'warn' | 'error', message: string, error?: unknown) => void
  }
): Promise<JobRepository> {
  const state = await migrationState(store.db)
  if (state.unknown.length > 0) throw new NeedsSetup(t('sharedDb.join.newer', { target: store.target }))
  if (state.pending.length > 0) throw new NeedsSetup(t('sharedDb.join.setupNeeded', { target: store.target }))
  await register(store, counter, deps.now())
  await queueEverything(deps.local, { key: QUEUED_FOR_FACT, value: store.target }, deps.now)
  return createPgJobRepository({
    db: store.db,
    counter,
    now: deps.now,
    // A record that does not read is left out of what is shown, and left where it is: another counter's is not
    // this counter's to move, and this counter's own is sent again from studio.db with its next change.
    setAside: async () => '',
    onSetAside: ({ count }) =>
      deps.log?.('warn', `${count} record(s) in the shared database could not be read and were skipped.`)
  })
}

async function register(store: SharedStore, counter: CounterIdentity, at: number): Promise<void> {
  try {
    await store.db
      .insertInto('counters')
      .values({ id: counter.id, name: counter.name, applied_seq: 0, joined_at: at, last_seen_at: at })
      .onConflict((oc) => oc.column('id').doUpdateSet({ name: counter.name, last_seen_at: at }))
      .execute()
  } catch (error) {
    if ((error as { code?: unknown }).code === '23505')
      throw new NeedsSetup(t('sharedDb.join.nameTaken', { name: counter.name }))
    throw error
  }
}
