import type { Response } from 'express';
import type { Decider } from '@safeguard/domain';
import type { AlertEvent } from '@safeguard/contracts';
import type { CommandContext, StreamCommands } from '@safeguard/platform';
import { AlertChangedDto, alertChangedDto } from './alert-changed.dto';
import { alertStreamId } from './alert-id';
import { applyAppendedToAlertRow } from './alert-rows';

/**
 * A monitor's change to an alert: decided on the alert's stream, its read-model row (and the
 * change log the live stream follows) written in the same transaction, the new version sent back
 * as the ETag for the next If-Match.
 */
export async function recordAlertChange<Command, State, Event extends AlertEvent>(
  commands: StreamCommands,
  request: { alertId: string; decider: Decider<Command, State, Event>; command: Command; status: AlertChangedDto['status']; context: CommandContext },
  response: Response,
): Promise<AlertChangedDto> {
  const changed = await commands.record({
    streamId: alertStreamId(request.alertId),
    decider: request.decider,
    context: request.context,
    command: request.command,
    alsoInTransaction: (sql, result) => applyAppendedToAlertRow(sql, result.appended),
    respond: (result) => alertChangedDto(request.alertId, request.status, result),
  });
  response.setHeader('ETag', `"${changed.version}"`);
  return changed;
}
