import type { Type } from '@nestjs/common';

/** The use cases about the children: care arrangements, family contact, explanations; and corrections. */
export const childCareControllers: Type[] = [];
