import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CustodyCommand } from '../custody-use-case';
import { recordVisit } from './record-visit.decision';
import type { RecordVisitDto, VisitRecordedDto } from './record-visit.dto';

export class RecordVisitCommand extends CustodyCommand<RecordVisitDto, VisitRecordedDto> {}

@CommandHandler(RecordVisitCommand)
export class RecordVisitHandler extends StreamChangeHandler<RecordVisitCommand> {
  execute(command: RecordVisitCommand): Promise<VisitRecordedDto> {
    const { custodyId, body } = command;
    const visitId: string = randomUUID();
    return this.record(
      command,
      recordVisit,
      {
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
      { visitId },
    );
  }
}

/** Every child the body names, once: `childIds`, and the single `childId` older callers send. */
function childrenWhoCame(body: RecordVisitDto): string[] {
  return [...new Set([...(body.childIds ?? []), ...(body.childId ? [body.childId] : [])])];
}
