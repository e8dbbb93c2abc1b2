/**
 * How much one caller may ask of one service process. Counted in memory per process: with
 * several replicas behind a load balancer a caller gets the limit at each of them.
 */
export interface RequestLimits {
  /** Requests one credential may make in a window, over all the routes of the service. */
  readonly perCredential: number;
  /** Requests one client address may make in a window, whatever credentials it uses (several agencies' systems can share a gateway). */
  readonly perAddress: number;
  /** The sliding window both limits are counted over. */
  readonly windowSeconds: number;
  /** Live streams (`GET /alerts/stream`) one credential may hold open at once. */
  readonly streamsPerCredential: number;
  /** The most changes a stream reconnecting with Last-Event-ID is replayed; further behind, it is told to reload instead. */
  readonly replayChanges: number;
}

/**
 * What a deployment gets unless it says otherwise. An agency's case software catching up on a
 * backlog posts a few records a second; 1,200 a minute (20 a second, sustained) leaves it room
 * and stops a runaway loop within a minute. An address gets five credentials' worth. A monitor
 * has a board open in a tab or two; five streams per key leaves room for a wall screen, a
 * laptop and a reconnect still being noticed by the server. A board that was away for a day
 * has a few hundred changes to catch up on; past 1,000, reading GET /alerts is cheaper.
 */
export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  perCredential: 1_200,
  perAddress: 6_000,
  windowSeconds: 60,
  streamsPerCredential: 5,
  replayChanges: 1_000,
};

/**
 * The throttler keeps one timestamp per request in the window and takes their minimum with a
 * spread call when a caller is over, so a limit far past this would cost memory per caller and,
 * near 120,000, overflow the call stack. Nobody needs more than about 1,600 requests a second.
 */
export const MAX_REQUESTS_PER_WINDOW = 100_000;

const variables: Record<keyof RequestLimits, { name: string; min: number; max: number; what: string }> = {
  perCredential: { name: 'SAFEGUARD_RATE_LIMIT_PER_CREDENTIAL', min: 1, max: MAX_REQUESTS_PER_WINDOW, what: 'requests per window' },
  perAddress: { name: 'SAFEGUARD_RATE_LIMIT_PER_ADDRESS', min: 1, max: MAX_REQUESTS_PER_WINDOW, what: 'requests per window' },
  windowSeconds: { name: 'SAFEGUARD_RATE_LIMIT_WINDOW_SECONDS', min: 1, max: 86_400, what: 'seconds' },
  streamsPerCredential: { name: 'SAFEGUARD_STREAMS_PER_CREDENTIAL', min: 1, max: 1_000, what: 'streams' },
  replayChanges: { name: 'SAFEGUARD_STREAM_REPLAY_MAX', min: 0, max: 1_000_000, what: 'changes' },
};

/** The limits as the environment sets them, each variable falling back to its default; a value out of range stops the start. */
export function requestLimitsFromEnv(env: Record<string, string | undefined>): RequestLimits {
  const read = (key: keyof RequestLimits): number => {
    const { name, min, max, what } = variables[key];
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return DEFAULT_REQUEST_LIMITS[key];
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max)
      throw new Error(`${name} must be a whole number of ${what} from ${min} to ${max}, not ${JSON.stringify(raw)}`);
    return value;
  };
  return {
    perCredential: read('perCredential'),
    perAddress: read('perAddress'),
    windowSeconds: read('windowSeconds'),
    streamsPerCredential: read('streamsPerCredential'),
    replayChanges: read('replayChanges'),
  };
}
