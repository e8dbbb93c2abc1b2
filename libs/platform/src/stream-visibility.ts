import type { Principal } from '@safeguard/auth';

/**
 * Who may see a stream, said once per service: a police unit its own arrests, a court its own
 * cases, a prison the custodies it holds now. The command and read pipelines ask it before they
 * load a stream, so no use case checks visibility itself. A stream the caller may not see must
 * answer exactly as a missing one would (404), so ids cannot be probed; a stream that does not
 * exist yet passes, and the decision refuses what needs it.
 */
export abstract class StreamVisibility {
  abstract assertVisible(streamId: string, principal: Principal): Promise<void>;
}
