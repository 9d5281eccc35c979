/** Types for postgres.mjs (the throwaway PostgreSQL the shared-database tests and the bench use). */

/** The throwaway PostgreSQL's environment. */
export interface PostgresEnv {
  /** The app role's connection to its own database. */
  STUDIO_TEST_PG_URL: string
  /** The CA that signed the server's certificate (absent when openssl was not there). */
  STUDIO_TEST_PG_CA?: string
}

/** A running throwaway cluster. */
export interface RunningPostgres {
  env: PostgresEnv
  readonly pid: number | undefined
  port: number
  stop(): Promise<void>
  stopSync(): void
  /** Stops the server (fast shutdown), keeping the cluster: "the server went away". */
  stopServer(): Promise<void>
  /** Starts the same cluster again on the same port. */
  startServer(): Promise<void>
}

export function binDir(): string | null
export function unavailableReason(): string | null
export function startPostgres(): Promise<RunningPostgres>
export function startForTests(): Promise<void>
