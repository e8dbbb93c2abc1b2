import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { ReleaseOnJudicialOrderDto } from './release-on-judicial-order.dto';
import { ReleaseOnJudicialOrderCommand } from './release-on-judicial-order.handler';

@ArrestsController('arrests/:arrestId/judicial-releases')
export class ReleaseOnJudicialOrderController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({
    summary: 'Record that a judge’s or prosecutor’s order ended her police custody',
    description:
      'Judicial supervision, bail set by the court, provisional release or no further action. Only while she is in police custody (else 422 CUSTODY.NOT_IN_POLICE_CUSTODY).',
  })
  record(@ArrestId() arrestId: string, @Body() body: ReleaseOnJudicialOrderDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new ReleaseOnJudicialOrderCommand(arrestId, body, context));
  }
}
