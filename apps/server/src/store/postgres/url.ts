// Which `store` settings name a PostgreSQL database; pure, so the config check needs no driver.

/** True for a `store` setting that names a PostgreSQL database (postgres:// or postgresql://). */
export function isPostgresUrl(store: string): boolean {
  return /^postgres(ql)?:\/\/./.test(store);
}
