import { applyDecorators, Sse, UseGuards } from '@nestjs/common';
import { ApiGoneResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { AcceptAccessTokenInQuery, Allow } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { INTEGRATOR_WITHHOLDS } from '../list-alerts/alert-as-read-by';
import { ReplayCapGuard, StreamSlotGuard } from './stream-admission.guards';
import { ALERT_READERS } from '../agency-queue';

/** GET /alerts/stream: who may open it, how it is admitted, and what OpenAPI says of the protocol. */
export const StreamAlertsRoute = () =>
  // Swagger lists parameters in the reverse order of these: Last-Event-ID, then access_token, as the document always had them.
  applyDecorators(
    Sse(),
    AccessLogged('read'),
    Allow(...ALERT_READERS),
    AcceptAccessTokenInQuery(),
    // The replay check first: a refused replay never takes a slot.
    UseGuards(ReplayCapGuard, StreamSlotGuard),
    ApiOperation({
      summary: 'Alert changes, live, as Server-Sent Events',
      description:
        'Each change is `event: alert-raised | alert-acknowledged | alert-escalated | alert-resolved | alert-withdrawn`, `id: <position>` (increasing) and ' +
        '`data: <AlertView JSON>` (the alert as it stood after the change); a `: heartbeat` comment every 15 s. ' +
        'Without Last-Event-ID the stream starts from now; with it, changes after that id are replayed first. ' +
        'A replay is bounded (1,000 changes unless the service is configured otherwise): a client further behind is answered ' +
        '410 STREAM.REPLAY_TOO_LONG and reloads instead: it opens the stream without Last-Event-ID, then reads the current alerts ' +
        'from GET /alerts (in that order, so no change falls between the two). ' +
        'A credential may hold a few streams open at once (5 unless configured otherwise); one more is answered 429 ' +
        'STREAM.TOO_MANY with Retry-After, and a closed stream frees its place. ' +
        "Browsers' EventSource cannot send headers, so this route alone also takes the key as `?access_token=`: " +
        'such URLs can land in proxy logs and browser history, so prefer the Authorization header where you can. ' +
        INTEGRATOR_WITHHOLDS,
    }),
    ApiProduces('text/event-stream'),
    ApiQuery({
      name: 'access_token',
      type: String,
      required: false,
      description: 'The API key, for EventSource clients that cannot send Authorization',
    }),
    ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The id of the last change received: replay what came after it' }),
    ApiOkResponse({ description: 'A text/event-stream of alert changes', content: { 'text/event-stream': { schema: { type: 'string' } } } }),
    ApiGoneResponse({
      description: 'STREAM.REPLAY_TOO_LONG: more changes came after Last-Event-ID than a replay sends; reopen without it and read GET /alerts',
    }),
    ApiTooManyRequestsResponse({
      description: 'STREAM.TOO_MANY: this credential holds all the streams it may (Retry-After in seconds); or RATE_LIMIT.EXCEEDED',
    }),
  );
