/**
 * The rebuild's pure parts: where a topic replay stops, how facts are batched for the load (and
 * a failed write stops it), and the order the alert rows of many alerts are projected in.
 */
import type { EventEnvelope } from '@safeguard/contracts';
import type { KafkaMessage } from 'kafkajs';
import { inRounds } from '../alerts/alert-rows';
import type { FiledFact } from '../person-file/person-file';
import { factRowsOnce } from '../person-file/person-file-store';
import { FactLoader } from './fact-loader';
import { beforeEnd, endOffsetsOf } from './topic-replay';

const filed = (eventId: string, personId = 'p1'): FiledFact =>
  ({
    personId,
    fact: {
      eventId,
      type: 'ArrestMade',
      data: {},
      agency: 'police',
      unitId: 'U',
      occurredAt: '2026-01-01T00:00:00.000Z',
      receivedAt: '2026-01-02T00:00:00.000Z',
    },
  }) as FiledFact;

describe('topic replay bounds', () => {
  it('replays every partition holding anything up to its high watermark as seen at the start', () => {
    const ends = endOffsetsOf([
      {
        topic: 'a',
        partitions: [
          { partition: 0, low: '0', high: '5' },
          { partition: 1, low: '3', high: '3' },
        ],
      },
      { topic: 'b', partitions: [{ partition: 2, low: '10', high: '12' }] },
    ]);
    expect([...ends]).toEqual([
      ['a/0', 5n],
      ['b/2', 12n],
    ]);
  });

  it('keeps the messages of a batch before the end offset only', () => {
    const messages = ['3', '4', '5', '6'].map((offset) => ({ offset }) as KafkaMessage);
    expect(beforeEnd(messages, 5n).map((m) => m.offset)).toEqual(['3', '4']);
  });
});

describe('fact loader', () => {
  it('writes full batches while reading goes on, and the rest on drain, each fact once', async () => {
    const written: string[][] = [];
    const loader = new FactLoader(async (batch) => void written.push(batch.map((f) => f.fact.eventId)), 2, 2);
    for (const id of ['a', 'b', 'c', 'd', 'e']) await loader.add(filed(id));
    await loader.drain();
    expect(written).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('never has more writes in flight than allowed', async () => {
    let inFlight = 0;
    let most = 0;
    const loader = new FactLoader(
      async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
      },
      1,
      2,
    );
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) await loader.add(filed(id));
    await loader.drain();
    expect(most).toBe(2);
  });

  it('stops the load at the first failed write', async () => {
    const loader = new FactLoader(
      async () => {
        throw new Error('disk full');
      },
      1,
      1,
    );
    await loader.add(filed('a'));
    await expect(loader.add(filed('b'))).rejects.toThrow('disk full');
    await expect(loader.drain()).rejects.toThrow('disk full');
  });

  it('keeps the first of two facts with one event id, as the live inbox does', () => {
    const rows = factRowsOnce([filed('a', 'p1'), filed('b', 'p1'), filed('a', 'p2')]);
    expect(rows.map((r) => [r.event_id, r.person_id])).toEqual([
      ['a', 'p1'],
      ['b', 'p1'],
    ]);
  });
});

describe('alert rows of many alerts', () => {
  const event = (alertId: string, type: string, streamPosition: number) => ({ type, streamPosition, data: { alertId } }) as unknown as EventEnvelope;

  it('projects the first change of every alert, then the second, each alert keeping its own order', () => {
    const rounds = inRounds([
      event('x', 'AlertRaised', 1),
      event('x', 'AlertResolved', 2),
      event('y', 'AlertRaised', 4),
      event('x', 'AlertWithdrawn', 3),
    ]);
    expect(rounds.map((r) => r.map((p) => `${p.event.data.alertId}:${p.event.type}@${p.version}`))).toEqual([
      ['x:AlertRaised@1', 'y:AlertRaised@4'],
      ['x:AlertResolved@2'],
      ['x:AlertWithdrawn@3'],
    ]);
  });
});
