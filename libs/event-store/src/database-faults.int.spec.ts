import { Database, DatabaseUnavailable } from './database';
import { testPostgresConfig, uniqueSchema } from './test-databases';

/**
 * A PostgreSQL connection ended by the server (a restart, a failover, an operator's
 * pg_terminate_backend) must fail the one transaction using it, never the process, and the pool
 * must serve the next one. Before this, a checked-out client had no 'error' listener and pg's
 * unhandled 'error' event killed the service.
 */
describe('a lost PostgreSQL connection [real PostgreSQL]', () => {
  const schema = uniqueSchema('db_faults');
  let db: Database;
  let admin: Database;

  beforeAll(async () => {
    db = await Database.connect(testPostgresConfig(), schema, []);
    admin = await Database.connect(testPostgresConfig(), `${schema}_admin`, []);
    await db.query(`CREATE TABLE "${schema}".kept (id int PRIMARY KEY)`);
  }, 60_000);
  afterAll(async () => {
    await db.query(`DROP SCHEMA "${schema}" CASCADE`);
    await admin.query(`DROP SCHEMA "${schema}_admin" CASCADE`);
    await db.close();
    await admin.close();
  });

  it('fails the transaction it ended as unavailable, stores nothing of it, and the next transaction runs', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (error: unknown) => unhandled.push(error);
    process.on('uncaughtException', onUnhandled);
    try {
      const attempt = db.transaction(async (sql) => {
        await sql.query(`INSERT INTO "${schema}".kept (id) VALUES (1)`);
        const [{ pid }] = await sql.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
        // Ended by the server while the transaction waits between statements.
        await admin.query(`SELECT pg_terminate_backend($1)`, [pid]);
        await new Promise((r) => setTimeout(r, 200));
        await sql.query(`INSERT INTO "${schema}".kept (id) VALUES (2)`);
      });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailable);
      await db.transaction((sql) => sql.query(`INSERT INTO "${schema}".kept (id) VALUES (3)`));
      expect((await db.query<{ id: number }>(`SELECT id FROM "${schema}".kept ORDER BY id`)).map((r) => r.id)).toEqual([3]);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('uncaughtException', onUnhandled);
    }
  });

  it('heals the pool after every idle connection was ended', async () => {
    await Promise.all(Array.from({ length: 5 }, () => db.query(`SELECT pg_sleep(0.05)`)));
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND application_name = '' AND datname = current_database() AND state = 'idle' AND query LIKE '%pg_sleep%'`,
    );
    await new Promise((r) => setTimeout(r, 200));
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => db.query<{ one: number }>(`SELECT 1 AS one`)));
    // A query sent on a connection the pool had not yet noticed was ended may fail as unavailable; none crashes, and the pool recovers.
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DatabaseUnavailable);
    expect(await db.query(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });
});
