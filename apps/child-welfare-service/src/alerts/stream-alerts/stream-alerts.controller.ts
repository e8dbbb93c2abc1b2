import { BadRequestException, Controller, Headers, Inject, Sse, type MessageEvent } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { AcceptAccessTokenInQuery, Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import type { AlertChange } from '../alert-changes';
import { alertAsReadBy, INTEGRATOR_WITHHOLDS } from '../list-alerts/alert-as-read-by';
import { AlertChangeFeed } from './alert-change-feed';

/** A comment line every 15 s keeps proxies from closing a quiet stream and lets the client notice a dead one. */
export const HEARTBEAT_MS = 15_000;

@ApiTags('alerts')
@Controller('alerts/stream')
export class StreamAlertsController {
  constructor(@Inject(AlertChangeFeed) private readonly feed: AlertChangeFeed) {}

  @Sse()
  @Allow('oversight-monitor', 'child-welfare-officer', 'integrator')
  @AcceptAccessTokenInQuery()
  @ApiOperation({
    summary: 'Alert changes, live, as Server-Sent Events',
    description:
      'Each change is `event: alert-raised | alert-acknowledged | alert-escalated | alert-resolved | alert-withdrawn`, `id: <position>` (increasing) and ' +
      '`data: <AlertView JSON>` (the alert as it stood after the change); a `: heartbeat` comment every 15 s. ' +
      'Without Last-Event-ID the stream starts from now; with it, changes after that id are replayed first. ' +
      "Browsers' EventSource cannot send headers, so this route alone also takes the key as `?access_token=`: " +
      'such URLs can land in proxy logs and browser history, so prefer the Authorization header where you can. ' +
        INTEGRATOR_WITHHOLDS,
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The id of the last change received: replay what came after it' })
  @ApiQuery({ name: 'access_token', type: String, required: false, description: 'The API key, for EventSource clients that cannot send Authorization' })
  @ApiOkResponse({ description: 'A text/event-stream of alert changes', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  stream(@Headers('last-event-id') lastEventId: string | undefined, @CurrentPrincipal() principal: Pick<Principal, 'role'>): Observable<MessageEvent> {
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

function lastEventIdOf(header: string | undefined): number | undefined {
  if (header === undefined || header === '') return undefined;
  if (!/^\d{1,15}$/.test(header)) {
    throw new BadRequestException({ message: 'Last-Event-ID must be an id this stream sent', code: 'REQUEST.INVALID', errors: [{ field: 'Last-Event-ID', message: 'must be a non-negative integer' }] });
  }
  return Number(header);
}
