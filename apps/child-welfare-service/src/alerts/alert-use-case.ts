import { applyDecorators, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import { ApiTags, type ApiOperationOptions } from '@nestjs/swagger';
import type { DecisionResult, Sql } from '@safeguard/event-store';
import { StreamChangeRoute, type CommandContext, type StreamChange } from '@safeguard/platform';
import { AlertChangedDto, alertChangedDto } from './alert-changed.dto';
import { alertStreamId } from './alert-id';
import { projectAlertRows } from './alert-rows';

/**
 * A monitor's change to one alert, as a controller puts it on the command bus: decided on the
 * alert's stream, its read-model row (and the change log the live stream follows) projected in
 * the same transaction by the projection the rules' path uses, answered with the status it leaves.
 */
export abstract class AlertChangeCommand<Body> extends Command<AlertChangedDto> implements StreamChange {
  abstract readonly status: AlertChangedDto['status'];

  constructor(
    readonly alertId: string,
    readonly body: Body,
    readonly context: CommandContext,
  ) {
    super();
  }

  get streamId(): string {
    return alertStreamId(this.alertId);
  }

  respond(result: DecisionResult<unknown>): AlertChangedDto {
    return alertChangedDto(this.alertId, this.status, result);
  }

  alsoInTransaction(sql: Sql, result: DecisionResult<unknown>): Promise<void> {
    return projectAlertRows(sql, result.appended);
  }
}

/** The `:alertId` of the path, a UUID (else 400). */
export const AlertId = () => Param('alertId', ParseUUIDPipe);

/** A controller of the alerts API at `path`. */
export const AlertsController = (path: string) => applyDecorators(ApiTags('alerts'), Controller(path));

/** The route of a monitor's or welfare officer's change to an alert: POST, 201 with the new version, access-logged, `If-Match` and `Idempotency-Key` accepted. */
export const AlertChange = (operation: ApiOperationOptions) =>
  StreamChangeRoute(operation, {
    allow: ['oversight-monitor', 'child-welfare-officer'],
    touches: { record: 'alertId' },
    subject: 'alert',
    answer: AlertChangedDto,
  });
