import type { Type } from '@nestjs/common';

/** Verdicts, sentences, appeals, clemency, closing; and reading cases. */
export const trialControllers: Type[] = [];
