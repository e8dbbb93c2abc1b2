import type { Type } from '@nestjs/common';

/** Visits, calls, family notifications, medical events, consular contact and sanctions. */
export const contactControllers: Type[] = [];
