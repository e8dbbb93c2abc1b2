import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { releaseOnJudicialOrder } from './release-on-judicial-order.decision';
import type { ReleaseOnJudicialOrderDto } from './release-on-judicial-order.dto';

export class ReleaseOnJudicialOrderCommand extends ArrestCommand<ReleaseOnJudicialOrderDto> {}

@CommandHandler(ReleaseOnJudicialOrderCommand)
export class ReleaseOnJudicialOrderHandler implements ICommandHandler<ReleaseOnJudicialOrderCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ReleaseOnJudicialOrderCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: releaseOnJudicialOrder,
      command: {
        release: {
          arrestId,
          releasedAt: new Date(body.releasedAt).toISOString(),
          orderKind: body.orderKind,
          orderedBy: body.orderedBy,
          orderReference: body.orderReference ?? null,
        },
      },
    });
  }
}
