import { Controller, Headers, Inject, type MessageEvent } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { CurrentPrincipal, type Principal } from '@safeguard/auth';
import { inQueue, queueScopeOf } from '../agency-queue';
import { AlertChangeFeed } from './alert-change-feed';
import { HEARTBEAT_MS, lastEventIdOf, streamMessageOf } from './alert-stream-protocol';
import { StreamAlertsRoute } from './stream-alerts.route';

@ApiTags('alerts')
@Controller('alerts/stream')
export class StreamAlertsController {
  constructor(@Inject(AlertChangeFeed) private readonly feed: AlertChangeFeed) {}

  @StreamAlertsRoute()
  stream(
    @Headers('last-event-id') lastEventId: string | undefined,
    @CurrentPrincipal() principal: Pick<Principal, 'role' | 'scope' | 'unitId' | 'agency'>,
  ): Observable<MessageEvent> {
    const [after, queue] = [lastEventIdOf(lastEventId), queueScopeOf(principal)];
    return new Observable<MessageEvent>((subscriber) => {
      const heartbeat = setInterval(() => subscriber.next({ comment: 'heartbeat' }), HEARTBEAT_MS);
      const changes = this.feed.follow(after).subscribe({
        next: (change) => inQueue(queue, change.alert) && subscriber.next(streamMessageOf(change, principal.role)),
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
