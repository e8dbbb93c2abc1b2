import type { Principal } from '@safeguard/auth';
import { InvalidInput } from '@safeguard/domain';

/** Which alert changes a subscription asks for; an empty list asks for every value. */
export interface SubscriptionFilter {
  readonly ruleIds: readonly string[];
  readonly severities: readonly string[];
  readonly unitIds: readonly string[];
}

export interface RequestedSubscription {
  readonly url: string;
  readonly ruleIds?: readonly string[];
  readonly severities?: readonly string[];
  readonly unitIds?: readonly string[];
}

/**
 * The filter a caller gets for what they asked. A credential scoped to its own unit (a police
 * unit's, a court's, a prison's) hears only of the alerts its unit must act on, whatever it
 * asks: naming another unit is refused rather than quietly narrowed, so a misconfigured
 * subscription is seen at once.
 */
export function subscriptionFilterFor(caller: Pick<Principal, 'scope' | 'unitId'>, requested: RequestedSubscription): SubscriptionFilter {
  const unitIds = requested.unitIds ?? [];
  if (caller.scope === 'own-unit') {
    const others = unitIds.filter((u) => u !== caller.unitId);
    if (others.length > 0)
      throw new InvalidInput('SUBSCRIPTION.UNIT_NOT_YOURS', [
        { field: 'unitIds', message: `this credential hears only of unit ${caller.unitId}'s alerts, not ${others.join(', ')}` },
      ]);
    return { ruleIds: requested.ruleIds ?? [], severities: requested.severities ?? [], unitIds: [caller.unitId] };
  }
  return { ruleIds: requested.ruleIds ?? [], severities: requested.severities ?? [], unitIds };
}

/** Whether an alert, as it stands after a change, is one the subscription asked for. */
export function wants(
  filter: SubscriptionFilter,
  alert: { readonly ruleId: string; readonly severity: string; readonly responsibleUnitId: string | null },
): boolean {
  const asks = (values: readonly string[], value: string | null) => values.length === 0 || (value !== null && values.includes(value));
  return asks(filter.ruleIds, alert.ruleId) && asks(filter.severities, alert.severity) && asks(filter.unitIds, alert.responsibleUnitId);
}

/**
 * A receiver's URL as this service will call it: HTTPS, no user name or password in it (they
 * would sit in the table and the logs), no fragment. Plain HTTP only where the operator allowed
 * it (SAFEGUARD_WEBHOOKS_ALLOW_HTTP=1, for a receiver on the same machine in development).
 */
export function receiverUrl(text: string, allowHttp: boolean): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidInput('SUBSCRIPTION.URL_INVALID', [{ field: 'url', message: 'must be an absolute URL' }]);
  }
  const refuse = (message: string) => new InvalidInput('SUBSCRIPTION.URL_INVALID', [{ field: 'url', message }]);
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:'))
    throw refuse(allowHttp ? 'must be an http or https URL' : 'must be an https URL');
  if (url.username !== '' || url.password !== '') throw refuse('must not carry a user name or password: the signature proves the sender');
  if (url.hash !== '') throw refuse('must not have a fragment');
  return url.toString();
}
