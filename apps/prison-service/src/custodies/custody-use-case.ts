import { applyDecorators, Controller, HttpCode, Post, type Type } from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags, type ApiOperationOptions } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import type { DecisionResult } from '@safeguard/event-store';
import { AccessLogged, LocatedAt, NewStreamHeaders, WriteHeaders, type AccessLoggedRoute, type CommandContext } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from './custody-recorded.dto';
import { custodyStreamId } from './custody.state';

/** A change to one custody, as a controller puts it on the command bus; `Answer` when it names more than the custody. */
export abstract class CustodyCommand<Body, Answer extends CustodyRecordedDto = CustodyRecordedDto> extends Command<Answer> {
  constructor(
    readonly custodyId: string,
    readonly body: Body,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * What every change tells the pipeline besides its decision: the stream of the command's record,
 * and the answer, with the ids the handler made for what it records (`named`, e.g. a hearing's).
 */
export function onCustodyStream<Named extends object = object>(
  command: CustodyCommand<unknown, CustodyRecordedDto & Named>,
  named?: Named,
) {
  return {
    streamId: custodyStreamId(command.custodyId),
    context: command.context,
    respond: (result: DecisionResult<unknown>): CustodyRecordedDto & Named => Object.assign(custodyRecordedDto(command.custodyId, result), named),
  };
}

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
  applyDecorators(
    Post(),
    AccessLogged('change', options.touches ?? { record: 'custodyId' }),
    HttpCode(201),
    Allow('prison-officer'),
    ApiOperation(operation),
    ...(options.startsStream
      ? [NewStreamHeaders(), LocatedAt((answer: CustodyRecordedDto) => `/custodies/${answer.custodyId}`)]
      : [WriteHeaders('custody')]),
    ApiCreatedResponse({ type: options.answer ?? CustodyRecordedDto }),
  );
