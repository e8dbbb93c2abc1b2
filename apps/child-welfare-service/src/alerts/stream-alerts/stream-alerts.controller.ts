import { Controller, Headers, Inject, type MessageEvent } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { CurrentPrincipal, type Principal } from '@safeguard/auth';
import type { AlertChange } from '../alert-changes';
import { alertAsReadBy } from '../list-alerts/alert-as-read-by';
import { AlertChangeFeed } from './alert-change-feed';
import { HEARTBEAT_MS, lastEventIdOf } from './alert-stream-protocol';
import { StreamAlertsRoute } from './stream-alerts.route';

@ApiTags('alerts')
@Controller('alerts/stream')
export class StreamAlertsController {
  constructor(@Inject(AlertChangeFeed) private readonly feed: AlertChangeFeed) {}

  @StreamAlertsRoute()
  stream(
    @Headers('last-event-id') lastEventId: string | undefined,
    @CurrentPrincipal() principal: Pick<Principal, 'role'>,
  ): Observable<MessageEvent> {
    const after = lastEventIdOf(lastEventId);
    return new Observable<MessageEvent>((subscriber) => {
      const heartbeat = setInterval(() => subscriber.next({ comment: 'heartbeat' }), HEARTBEAT_MS);
      const changes = this.feed.follow(after).subscribe({
        next: (change) => subscriber.next(toMessage({ ...change, alert: alertAsReadBy(principal.role, change.alert) })),
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      });
      return () => {
        clearInterval(heartbeat);
        changes.unsubscribe();
      };
    });
  }
}

function toMessage(change: AlertChange): MessageEvent {
  return { type: change.kind, id: String(change.position), data: change.alert };
}
