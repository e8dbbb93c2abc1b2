import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamCommands } from '@safeguard/platform';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
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
export class ExplainToChildHandler implements ICommandHandler<ExplainToChildCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ExplainToChildCommand): Promise<RecordedDto> {
    const { arrestId, body, childId } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: explainToChild,
      command: {
        explanation: { arrestId, childId, explainedAt: new Date(body.explainedAt).toISOString(), explainedBy: body.explainedBy },
      },
    });
  }
}
