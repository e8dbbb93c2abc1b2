import type { Provider } from '@nestjs/common';
import { AcknowledgeAlertHandler } from './acknowledge-alert/acknowledge-alert.handler';
import { ResolveAlertHandler } from './resolve-alert/resolve-alert.handler';

/** One handler per alert use case, each calling the shared command pipeline. */
export const alertHandlers: Provider[] = [AcknowledgeAlertHandler, ResolveAlertHandler];
