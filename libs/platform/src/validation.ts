import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/**
 * Strict DTO validation: unknown fields are refused, and a 400 lists each field with why,
 * using dotted paths into nested objects and arrays (`children.0.dateOfBirth`).
 */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return new BadRequestException({ message: problems.map((p) => `${p.field}: ${p.message}`), errors: problems, code: 'REQUEST.INVALID' });
    },
  });
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}
