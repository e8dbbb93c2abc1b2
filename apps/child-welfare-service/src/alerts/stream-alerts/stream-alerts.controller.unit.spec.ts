import { Subject } from 'rxjs';
import type { AlertChange } from '../alert-changes';
import type { AlertChangeFeed } from './alert-change-feed';
import { HEARTBEAT_MS } from './alert-stream-protocol';
import { StreamAlertsController } from './stream-alerts.controller';

function controllerWithFeed() {
  const changes = new Subject<AlertChange>();
  const follow = jest.fn((_after?: number) => changes.asObservable());
  return { controller: new StreamAlertsController({ follow } as unknown as AlertChangeFeed), changes, follow };
}

const monitor = { role: 'oversight-monitor', scope: 'all', unitId: 'OVERSIGHT', agency: 'oversight' } as const;
const policeUnit = { role: 'police-officer', scope: 'own-unit', unitId: 'PP-ANTI-DRUG', agency: 'police' } as const;

describe('the alert stream', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends each change as an event named for its kind, with its position as id and the alert as data', () => {
    const { controller, changes } = controllerWithFeed();
    const sent: unknown[] = [];
    const subscription = controller.stream(undefined, monitor).subscribe((m) => sent.push(m));
    const alert = { alertId: 'a1', status: 'acknowledged' } as AlertChange['alert'];
    changes.next({ position: 42, kind: 'alert-acknowledged', alert });
    expect(sent).toEqual([{ type: 'alert-acknowledged', id: '42', data: alert }]);
    subscription.unsubscribe();
  });

  it("sends a police unit only the changes of the alerts it must act on, without the monitors' notes", () => {
    const { controller, changes } = controllerWithFeed();
    const sent: { id?: string; data?: unknown }[] = [];
    const subscription = controller.stream(undefined, policeUnit).subscribe((m) => sent.push(m));
    const ours = {
      alertId: 'a1',
      responsibleUnitId: 'PP-ANTI-DRUG',
      responsibleAgency: 'police',
      acknowledgementNote: 'Called the aunt',
    } as AlertChange['alert'];
    const theirs = { alertId: 'a2', responsibleUnitId: 'CC2', responsibleAgency: 'prison' } as AlertChange['alert'];
    changes.next({ position: 1, kind: 'alert-raised', alert: theirs });
    changes.next({ position: 2, kind: 'alert-acknowledged', alert: ours });
    expect(sent.map((m) => m.id)).toEqual(['2']);
    expect(sent[0].data).toMatchObject({ alertId: 'a1', acknowledgementNote: null });
    subscription.unsubscribe();
  });

  it('sends a heartbeat comment every 15 s, and stops it and the feed when the client leaves', () => {
    const { controller, changes } = controllerWithFeed();
    const sent: unknown[] = [];
    const subscription = controller.stream(undefined, monitor).subscribe((m) => sent.push(m));
    jest.advanceTimersByTime(2 * HEARTBEAT_MS);
    expect(sent).toEqual([{ comment: 'heartbeat' }, { comment: 'heartbeat' }]);
    subscription.unsubscribe();
    jest.advanceTimersByTime(HEARTBEAT_MS);
    expect(sent).toHaveLength(2);
    expect(changes.observed).toBe(false);
  });

  it('resumes after the Last-Event-ID, and refuses one it never sent', () => {
    const { controller, follow } = controllerWithFeed();
    controller.stream('17', monitor).subscribe().unsubscribe();
    expect(follow).toHaveBeenCalledWith(17);
    expect(() => controller.stream('yesterday', monitor)).toThrow('Last-Event-ID must be an id this stream sent');
  });

  it("sends an integrator the alert without the monitor's note, typed reason or user ids", () => {
    const { controller, changes } = controllerWithFeed();
    const sent: { data?: unknown }[] = [];
    const subscription = controller
      .stream(undefined, { role: 'integrator', scope: 'all', unitId: 'NGO-X', agency: 'integrator' })
      .subscribe((m) => sent.push(m));
    const alert = {
      alertId: 'a1',
      status: 'resolved',
      acknowledgedBy: 'monitor-2',
      acknowledgementNote: 'Called her sister Sok Mealea',
      resolution: 'resolved-by-monitor',
      resolutionReason: 'The grandmother Chan Thida has the boy',
      resolvedBy: 'monitor-2',
    } as AlertChange['alert'];
    changes.next({ position: 43, kind: 'alert-resolved', alert });
    expect(sent[0].data).toMatchObject({
      alertId: 'a1',
      status: 'resolved',
      acknowledgedBy: null,
      acknowledgementNote: null,
      resolutionReason: null,
      resolvedBy: null,
    });
    subscription.unsubscribe();
  });
});
