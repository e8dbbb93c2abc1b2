import type { Type } from '@nestjs/common';

/** Transfers, scheduled releases, releases and home leave. */
export const movementControllers: Type[] = [];
