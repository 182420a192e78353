#ifndef KHABAR_CSQLITESHIM_H
#define KHABAR_CSQLITESHIM_H
/*
 * What Swift cannot call in SQLite's C API: sqlite3_config is variadic.
 */

/// Turns off SQLite's memory statistics (SQLITE_CONFIG_MEMSTATUS), which take a global mutex on every
/// allocation. Effective only before SQLite is first used in the process; returns SQLite's result
/// code (SQLITE_MISUSE, 21, when it is too late: statistics then stay on, nothing else changes).
int khabar_sqlite_disable_memstatus(void);

#endif
