import type { Type } from '@nestjs/common';

/** Admission, the children recorded, children living in prison, pregnancy and births; reading custodies. */
export const admissionControllers: Type[] = [];
