import type { Type } from '@nestjs/common';

/** Opening a case and the decisions before trial. */
export const pretrialControllers: Type[] = [];
