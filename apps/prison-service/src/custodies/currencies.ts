import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The ISO 4217 currencies the runtime knows, read once. Visit fees and call costs are reported in
 * riel as often as in dollars; a code outside this set is a typing error, and a sum in it could
 * never be compared with the fees other families paid.
 */
export const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isKnownCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}

/** The value is an ISO 4217 code in {@link CURRENCIES} (`KHR`, `USD`). */
export function IsKnownCurrency(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isKnownCurrency',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isKnownCurrency(value),
        defaultMessage: buildMessage((each) => `${each}$property must be an ISO 4217 currency code`, options),
      },
    },
    options,
  );
}
