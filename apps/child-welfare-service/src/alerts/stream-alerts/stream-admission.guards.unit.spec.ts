import { EventEmitter } from 'node:events';
import type { ExecutionContext } from '@nestjs/common';
import { ConcurrencyCap } from '@safeguard/platform';
import { replayRefusal, ReplayCapGuard, STREAM_RETRY_AFTER_SECONDS, StreamSlotGuard } from './stream-admission.guards';

/** A request as the guards see it, and its response: headers set on it, and `close` when it ends. */
function streamRequest(headers: Record<string, string> = {}, credentialId = 'monitor-licadho') {
  const sent: Record<string, string> = {};
  const response = Object.assign(new EventEmitter(), { headers: sent, setHeader: (name: string, value: string) => (sent[name] = value) });
  const request = { headers, principal: { credentialId } };
  const context = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ExecutionContext;
  return { context, response };
}

describe('the replay cap', () => {
  it('lets a replay of up to the cap through and refuses one change more, saying how to reload', () => {
    expect(replayRefusal(0, 1_000, 1_000)).toBeUndefined();
    expect(replayRefusal(0, 1_001, 1_000)).toBe(
      'more than 1000 alert changes came after Last-Event-ID 0, more than a stream replays: open the stream again without Last-Event-ID, then read the current alerts from GET /alerts',
    );
  });

  it('with a cap of 0, refuses any replay with something to send', () => {
    expect(replayRefusal(7, 0, 0)).toBeUndefined();
    expect(replayRefusal(7, 1, 0)).toBeDefined();
  });

  describe('guarding the stream', () => {
    const guardOver = (behind: number) => {
      const changesAfter = jest.fn((_after: number, atMost: number) => Promise.resolve(Math.min(behind, atMost)));
      return { guard: new ReplayCapGuard({ changesAfter }, { replayChanges: 3 }), changesAfter };
    };

    it('admits a stream from now without counting anything', async () => {
      const { guard, changesAfter } = guardOver(10_000);
      await expect(guard.canActivate(streamRequest().context)).resolves.toBe(true);
      expect(changesAfter).not.toHaveBeenCalled();
    });

    it('counts no further than one change past the cap, and answers 410 past it', async () => {
      const { guard, changesAfter } = guardOver(10_000);
      await expect(guard.canActivate(streamRequest({ 'last-event-id': '5' }).context)).rejects.toMatchObject({
        status: 410,
        response: { code: 'STREAM.REPLAY_TOO_LONG' },
      });
      expect(changesAfter).toHaveBeenCalledWith(5, 4);
      await expect(guardOver(3).guard.canActivate(streamRequest({ 'last-event-id': '5' }).context)).resolves.toBe(true);
    });

    it('refuses a Last-Event-ID the stream never sent with 400', async () => {
      await expect(guardOver(0).guard.canActivate(streamRequest({ 'last-event-id': 'yesterday' }).context)).rejects.toMatchObject({ status: 400 });
    });
  });
});

describe('the streams a credential may hold', () => {
  it('answers one past the cap 429 with Retry-After, leaves other credentials alone, and gives a slot back when a response closes', () => {
    const slots = new ConcurrencyCap(2);
    const guard = new StreamSlotGuard(slots);
    const first = streamRequest();
    expect(guard.canActivate(first.context)).toBe(true);
    expect(guard.canActivate(streamRequest().context)).toBe(true);
    const third = streamRequest();
    expect(() => guard.canActivate(third.context)).toThrow(
      expect.objectContaining({ status: 429, response: expect.objectContaining({ code: 'STREAM.TOO_MANY' }) }),
    );
    expect(third.response.headers['Retry-After']).toBe(String(STREAM_RETRY_AFTER_SECONDS));
    expect(guard.canActivate(streamRequest({}, 'welfare-officer-pp').context)).toBe(true);

    first.response.emit('close');
    expect(slots.inUse('monitor-licadho')).toBe(1);
    expect(guard.canActivate(streamRequest().context)).toBe(true);
  });
});
