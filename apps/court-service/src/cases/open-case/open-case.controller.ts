import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { type CommandContext, NewStreamContext } from '@safeguard/platform';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { CaseChange, CasesController } from '../case-use-case';
import { OpenCaseDto } from './open-case.dto';
import { OpenCaseCommand } from './open-case.handler';

@CasesController('cases')
export class OpenCaseController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange(
    {
      summary: 'Open a criminal case',
      description: 'The first fact of a case, from the police case file: the person, the charges and the arrests it rests on.',
    },
    { startsStream: true },
  )
  open(@Body() body: OpenCaseDto, @NewStreamContext() context: CommandContext): Promise<CaseRecordedDto> {
    return this.bus.execute(new OpenCaseCommand(randomUUID(), body, context));
  }
}
