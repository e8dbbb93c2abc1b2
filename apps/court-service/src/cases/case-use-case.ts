import { applyDecorators, Controller, Param, ParseUUIDPipe, type Type } from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import { ApiTags, type ApiOperationOptions } from '@nestjs/swagger';
import type { Role } from '@safeguard/contracts';
import type { DecisionResult } from '@safeguard/event-store';
import { StreamChangeRoute, type AccessLoggedRoute, type CommandContext, type StreamChange } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from './case-recorded.dto';
import { caseStreamId } from './case.state';

/**
 * A change to one case, as a controller puts it on the command bus: the case's stream, answered
 * with its new version; `Answer` when the handler names more (the ids it made).
 */
export abstract class CaseCommand<Body, Answer extends CaseRecordedDto = CaseRecordedDto> extends Command<Answer> implements StreamChange {
  constructor(
    readonly caseId: string,
    readonly body: Body,
    readonly context: CommandContext,
  ) {
    super();
  }

  get streamId(): string {
    return caseStreamId(this.caseId);
  }

  respond(result: DecisionResult<unknown>): CaseRecordedDto {
    return caseRecordedDto(this.caseId, result);
  }
}

/** The `:caseId` of the path, a UUID (else 400). */
export const CaseId = () => Param('caseId', ParseUUIDPipe);

/** A controller of the cases API at `path`. */
export const CasesController = (path: string) => applyDecorators(ApiTags('cases'), Controller(path));

type Touches = Omit<AccessLoggedRoute, 'action'>;

export interface CaseChangeOptions {
  readonly touches?: Touches;
  /** Who may record it; clerks and judges unless said. */
  readonly allow?: readonly Role[];
  /** The answer's OpenAPI type, when it names more than the case. */
  readonly answer?: Type;
  /** Opening the case: no `If-Match`, and a `Location` to read it at. */
  readonly startsStream?: boolean;
}

/** The route of a court's change to a case: POST, 201 with the new version, access-logged, `If-Match` and `Idempotency-Key` accepted. */
export const CaseChange = (operation: ApiOperationOptions, options: CaseChangeOptions = {}) =>
  StreamChangeRoute(operation, {
    allow: options.allow ?? ['court-clerk', 'judge'],
    touches: options.touches ?? { record: 'caseId' },
    subject: 'case',
    answer: options.answer ?? CaseRecordedDto,
    startsStream: options.startsStream ? (answer: CaseRecordedDto) => `/cases/${answer.caseId}` : undefined,
  });
