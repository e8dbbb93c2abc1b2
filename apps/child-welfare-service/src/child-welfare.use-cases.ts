import type { Provider } from '@nestjs/common';
import { AcknowledgeAlertHandler } from './alerts/acknowledge-alert/acknowledge-alert.handler';
import { GetAlertHandler, ListAlertsHandler } from './alerts/list-alerts/list-alerts.handler';
import { ResolveAlertHandler } from './alerts/resolve-alert/resolve-alert.handler';
import { GetFacilityHandler } from './facilities/get-facility/get-facility.handler';
import { ListFacilitiesHandler } from './facilities/list-facilities/list-facilities.handler';
import { GetIndicatorsHandler } from './indicators/get-indicators/get-indicators.handler';
import { ChildAccessLogHandler } from './journeys/child-access-log/child-access-log.handler';
import { GetChildHandler } from './journeys/get-child/get-child.handler';
import { GetParentHandler } from './journeys/get-parent/get-parent.handler';
import { ListChildrenHandler } from './journeys/list-children/list-children.handler';
import { GetJurisdictionHandler } from './jurisdiction/get-jurisdiction/get-jurisdiction.handler';
import { ListPoliciesHandler } from './policies/list-policies/list-policies.handler';
import { PolicyComparisonHandler } from './policies/policy-comparison/policy-comparison.handler';

/**
 * One handler per use case of the child-welfare service's API: the monitors' changes to an
 * alert (through the shared command pipeline) and the reads of alerts, children, parents,
 * facilities, indicators and the jurisdiction (through the query bus).
 */
export const childWelfareHandlers: Provider[] = [
  AcknowledgeAlertHandler,
  ResolveAlertHandler,
  ListAlertsHandler,
  GetAlertHandler,
  ListChildrenHandler,
  GetChildHandler,
  GetParentHandler,
  ChildAccessLogHandler,
  GetIndicatorsHandler,
  ListFacilitiesHandler,
  GetFacilityHandler,
  GetJurisdictionHandler,
  ListPoliciesHandler,
  PolicyComparisonHandler,
];
