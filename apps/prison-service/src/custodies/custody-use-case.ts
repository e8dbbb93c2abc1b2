import { applyDecorators, Controller, Param, ParseUUIDPipe, type Type } from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import { ApiTags, type ApiOperationOptions } from '@nestjs/swagger';
import type { DecisionResult } from '@safeguard/event-store';
import { StreamChangeRoute, type AccessLoggedRoute, type CommandContext, type StreamChange } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from './custody-recorded.dto';
import { custodyStreamId } from './custody.state';

/**
 * A change to one custody, as a controller puts it on the command bus: the custody's stream, answered
 * with its new version; `Answer` when the handler names more (the ids it made).
 */
export abstract class CustodyCommand<Body, Answer extends CustodyRecordedDto = CustodyRecordedDto> extends Command<Answer> implements StreamChange {
  constructor(
    readonly custodyId: string,
    readonly body: Body,
    readonly context: CommandContext,
  ) {
    super();
  }

  get streamId(): string {
    return custodyStreamId(this.custodyId);
  }

  respond(result: DecisionResult<unknown>): CustodyRecordedDto {
    return custodyRecordedDto(this.custodyId, result);
  }
}

/** The `:custodyId` of the path, a UUID (else 400). */
export const CustodyId = () => Param('custodyId', ParseUUIDPipe);

/** A controller of the custodies API at `path`. */
export const CustodiesController = (path: string) => applyDecorators(ApiTags('custodies'), Controller(path));

export interface CustodyChangeOptions {
  readonly touches?: Omit<AccessLoggedRoute, 'action'>;
  /** The answer's OpenAPI type, when it names more than the custody. */
  readonly answer?: Type;
  /** The admission: no `If-Match`, and a `Location` to read the custody at. */
  readonly startsStream?: boolean;
}

/** The route of a prison officer's change to a custody: POST, 201 with the new version, access-logged, `If-Match` and `Idempotency-Key` accepted. */
export const CustodyChange = (operation: ApiOperationOptions, options: CustodyChangeOptions = {}) =>
  StreamChangeRoute(operation, {
    allow: ['prison-officer'],
    touches: options.touches ?? { record: 'custodyId' },
    subject: 'custody',
    answer: options.answer ?? CustodyRecordedDto,
    startsStream: options.startsStream ? (answer: CustodyRecordedDto) => `/custodies/${answer.custodyId}` : undefined,
  });
