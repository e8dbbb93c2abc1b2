import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import { recordVisit } from './record-visit.decision';
import type { RecordVisitDto, VisitRecordedDto } from './record-visit.dto';

export class RecordVisitCommand extends CustodyCommand<RecordVisitDto, VisitRecordedDto> {}

@CommandHandler(RecordVisitCommand)
export class RecordVisitHandler implements ICommandHandler<RecordVisitCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: RecordVisitCommand): Promise<VisitRecordedDto> {
    const { custodyId, body } = command;
    const visitId: string = randomUUID();
    return this.commands.record({
      ...onCustodyStream(command, { visitId }),
      decider: recordVisit,
      command: {
        visit: {
          custodyId,
          visitId,
          visitedAt: new Date(body.visitedAt).toISOString(),
          durationMinutes: body.durationMinutes,
          childIds: childrenWhoCame(body),
          visitorName: body.visitorName ?? null,
          accompanyingAdult: body.accompanyingAdult ?? null,
          setting: body.setting,
          fee: body.fee ? { amount: body.fee.amount, currency: body.fee.currency } : null,
          ownClothesAllowed: body.ownClothesAllowed,
        },
      },
    });
  }
}

/** Every child the body names, once: `childIds`, and the single `childId` older callers send. */
function childrenWhoCame(body: RecordVisitDto): string[] {
  return [...new Set([...(body.childIds ?? []), ...(body.childId ? [body.childId] : [])])];
}
