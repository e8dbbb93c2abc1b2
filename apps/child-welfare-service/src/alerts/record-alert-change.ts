import type { Response } from 'express';
import type { CommandContext, StreamCommands } from '@safeguard/platform';
import { AlertChangedDto, alertChangedDto } from './alert-changed.dto';
import { alertDecider, type AlertCommand } from './alert.decider';
import { alertStreamId } from './alert-id';
import { projectAlertRows } from './alert-rows';

/**
 * A monitor's change to an alert: decided by the alert decider on the alert's stream, its
 * read-model row (and the change log the live stream follows) projected in the same transaction
 * by the projection the rules' path uses, the new version sent back as the ETag for the next If-Match.
 */
export async function recordAlertChange(
  commands: StreamCommands,
  request: { alertId: string; command: AlertCommand; status: AlertChangedDto['status']; context: CommandContext },
  response: Response,
): Promise<AlertChangedDto> {
  const changed = await commands.record({
    streamId: alertStreamId(request.alertId),
    decider: alertDecider,
    context: request.context,
    command: request.command,
    alsoInTransaction: (sql, result) => projectAlertRows(sql, result.appended),
    respond: (result) => alertChangedDto(request.alertId, request.status, result),
  });
  response.setHeader('ETag', `"${changed.version}"`);
  return changed;
}
