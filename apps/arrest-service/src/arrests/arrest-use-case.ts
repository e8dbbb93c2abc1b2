import { applyDecorators, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import { ApiTags, type ApiOperationOptions } from '@nestjs/swagger';
import type { DecisionResult } from '@safeguard/event-store';
import { StreamChangeRoute, type AccessLoggedRoute, type CommandContext, type StreamChange } from '@safeguard/platform';
import { arrestStreamId } from './arrest.state';
import { RecordedDto, recordedDto } from './recorded.dto';

/** A change to one arrest, as a controller puts it on the command bus: the arrest's stream, answered with its new version. */
export abstract class ArrestCommand<Body> extends Command<RecordedDto> implements StreamChange {
  constructor(
    readonly arrestId: string,
    readonly body: Body,
    readonly context: CommandContext,
  ) {
    super();
  }

  get streamId(): string {
    return arrestStreamId(this.arrestId);
  }

  respond(result: DecisionResult<unknown>): RecordedDto {
    return recordedDto(this.arrestId, result);
  }
}

/** The `:arrestId` of the path, a UUID (else 400). */
export const ArrestId = () => Param('arrestId', ParseUUIDPipe);

/** A controller of the arrests API at `path`. */
export const ArrestsController = (path: string) => applyDecorators(ApiTags('arrests'), Controller(path));

type Touches = Omit<AccessLoggedRoute, 'action'>;
const ARREST_RECORD: Touches = { record: 'arrestId' };

/**
 * The route of a police change to an arrest: POST, 201 with the new version, police officers
 * only, access-logged, `If-Match` and `Idempotency-Key` accepted. `startsStream` for the arrest
 * itself: no `If-Match`, and a `Location` to read it at.
 */
export const ArrestChange = (operation: ApiOperationOptions, options: { touches?: Touches; startsStream?: boolean } = {}) =>
  StreamChangeRoute(operation, {
    allow: ['police-officer'],
    touches: options.touches ?? ARREST_RECORD,
    subject: 'arrest',
    answer: RecordedDto,
    startsStream: options.startsStream ? (answer: RecordedDto) => `/arrests/${answer.arrestId}` : undefined,
  });
