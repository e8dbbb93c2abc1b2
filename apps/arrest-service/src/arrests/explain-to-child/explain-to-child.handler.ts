import { CommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { explainToChild } from './explain-to-child.decision';
import type { ExplainToChildDto } from './explain-to-child.dto';

export class ExplainToChildCommand extends ArrestCommand<ExplainToChildDto> {
  constructor(
    arrestId: string,
    readonly childId: string,
    body: ExplainToChildDto,
    context: CommandContext,
  ) {
    super(arrestId, body, context);
  }
}

@CommandHandler(ExplainToChildCommand)
export class ExplainToChildHandler extends StreamChangeHandler<ExplainToChildCommand> {
  execute(command: ExplainToChildCommand): Promise<RecordedDto> {
    const { arrestId, body, childId } = command;
    return this.record(command, explainToChild, {
      explanation: { arrestId, childId, explainedAt: new Date(body.explainedAt).toISOString(), explainedBy: body.explainedBy },
    });
  }
}
