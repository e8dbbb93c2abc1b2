import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { notifyFamily } from './notify-family.decision';
import type { NotifyFamilyDto } from './notify-family.dto';

export class NotifyFamilyCommand extends CustodyCommand<NotifyFamilyDto> {}

@CommandHandler(NotifyFamilyCommand)
export class NotifyFamilyHandler extends StreamChangeHandler<NotifyFamilyCommand> {
  execute(command: NotifyFamilyCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, notifyFamily, {
      notification: {
        custodyId,
        notifiedAt: new Date(body.notifiedAt).toISOString(),
        about: body.about,
        notifiedPerson: body.notifiedPerson,
        isCaregiver: body.isCaregiver,
        method: body.method,
      },
    });
  }
}
