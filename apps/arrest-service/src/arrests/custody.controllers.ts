import type { Type } from '@nestjs/common';

/** The custody use cases' controllers, from custody to hand-over. */
export const custodyControllers: Type[] = [];
