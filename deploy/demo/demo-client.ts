/** Posts the demo's facts to the agency services as their software would: REST, each agency with its own development key. */
export interface DemoEndpoints {
  readonly arrest: string;
  readonly court: string;
  readonly prison: string;
}

/** The development keys (deploy/local/dev-credentials.json) the demo records with. */
export const DemoKeys = {
  policePhnomPenh: 'dev-police-pp-anti-drug',
  policeBattambang: 'dev-police-battambang',
  courtClerk: 'dev-court-clerk',
  judge: 'dev-court-judge',
  prison: { CC2: 'dev-prison-cc2', PJ: 'dev-prison-pj' },
} as const;
export type Facility = keyof typeof DemoKeys.prison;

export class DemoClient {
  posted = 0;

  constructor(private readonly endpoints: DemoEndpoints) {}

  async post<T = Record<string, string>>(service: keyof DemoEndpoints, key: string, path: string, body: object): Promise<T> {
    const response = await fetch(`${this.endpoints[service]}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => ({}))) as T & { detail?: string };
    if (!response.ok) throw new Error(`POST ${service} ${path}: ${response.status} ${answer.detail ?? ''}`);
    this.posted++;
    return answer;
  }

  async get<T>(service: keyof DemoEndpoints, key: string, path: string): Promise<T> {
    const response = await fetch(`${this.endpoints[service]}${path}`, { headers: { Authorization: `Bearer ${key}` } });
    if (!response.ok) throw new Error(`GET ${service} ${path}: ${response.status}`);
    return (await response.json()) as T;
  }
}
