import { sqlState, type Sql } from '@safeguard/event-store';

/**
 * People judged in one transaction: each page of the person files is one, so a worker's round
 * trips to PostgreSQL are a handful per hundred people rather than a score per person.
 */
export const PEOPLE_PER_PAGE = 100;

/** A deadlock (two people sharing a child's row, say) loses one transaction; it is judged again. */
const DEADLOCK_DETECTED = '40P01';
const MAX_ATTEMPTS = 5;

/**
 * Pages through every person with a file (by person id) and judges each page once, with
 * `workers` pages in flight, each in its own transaction over the pool: PostgreSQL works on one
 * page's statements while Node runs the rules of another. A person is in exactly one page, so no
 * two workers judge her. The first error stops every worker and is rethrown. Returns how many
 * people were judged.
 */
export async function judgeEveryone(db: Sql, workers: number, judge: (personIds: readonly string[]) => Promise<void>): Promise<number> {
  const pages = personPages(db);
  let judged = 0;
  let failed = false;
  const worker = async () => {
    while (!failed) {
      // Concurrent next() calls on one async generator are queued: each page goes to one worker.
      const page = await pages.next();
      if (page.done) return;
      await retryingDeadlocks(() => judge(page.value));
      judged += page.value.length;
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, workers) }, () =>
      worker().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
  return judged;
}

async function* personPages(db: Sql): AsyncGenerator<string[]> {
  let after = '';
  for (;;) {
    const rows = await db.query<{ person_id: string }>(
      `SELECT person_id FROM child_welfare.person_files WHERE person_id > $1 ORDER BY person_id LIMIT $2`,
      [after, PEOPLE_PER_PAGE],
    );
    if (rows.length === 0) return;
    yield rows.map((r) => r.person_id);
    after = rows[rows.length - 1].person_id;
  }
}

async function retryingDeadlocks(work: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await work();
      return;
    } catch (error) {
      if (sqlState(error) !== DEADLOCK_DETECTED || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
