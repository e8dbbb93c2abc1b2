import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { ScheduleReleaseDto } from './schedule-release.dto';
import { ScheduleReleaseCommand } from './schedule-release.handler';

@CustodiesController('custodies/:custodyId/release-schedules')
export class ScheduleReleaseController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({
    summary: 'Schedule her release',
    description:
      'The day may lie ahead; a later schedule replaces an earlier one. Not once she is released. Say when the prison set it (scheduledAt); without it the time of receipt is recorded, labelled so.',
  })
  record(@CustodyId() custodyId: string, @Body() body: ScheduleReleaseDto, @WriteContext() context: CommandContext): Promise<CustodyRecordedDto> {
    return this.bus.execute(new ScheduleReleaseCommand(custodyId, body, context));
  }
}
