import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { releaseOnJudicialOrder } from './release-on-judicial-order.decision';
import type { ReleaseOnJudicialOrderDto } from './release-on-judicial-order.dto';

export class ReleaseOnJudicialOrderCommand extends ArrestCommand<ReleaseOnJudicialOrderDto> {}

@CommandHandler(ReleaseOnJudicialOrderCommand)
export class ReleaseOnJudicialOrderHandler extends StreamChangeHandler<ReleaseOnJudicialOrderCommand> {
  execute(command: ReleaseOnJudicialOrderCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, releaseOnJudicialOrder, {
      release: {
        arrestId,
        releasedAt: new Date(body.releasedAt).toISOString(),
        orderKind: body.orderKind,
        orderedBy: body.orderedBy,
        orderReference: body.orderReference ?? null,
      },
    });
  }
}
