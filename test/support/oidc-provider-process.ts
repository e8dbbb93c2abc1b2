import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Must match SAFEGUARD_AUDIENCE in oidc-provider.mjs: the resource its tokens are for unless a client asks for another. */
export const SAFEGUARD_AUDIENCE = 'https://safeguard.test/arrest-service';

/** The real OpenID providers of `oidc-provider.mjs`, running in a child process. */
export interface OidcProviders {
  /** The issuer the service under test trusts. */
  readonly issuer: string;
  /** Another issuer, with its own key and the same clients. */
  readonly stranger: string;
  /** An access token from the trusted issuer (or `from`) by the client-credentials grant, over HTTP. */
  token(clientId: string, options?: { resource?: string; from?: string }): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the providers and waits until the trusted issuer serves its discovery document. */
export async function startOidcProviders(): Promise<OidcProviders> {
  const child = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const { issuer, stranger } = await firstLine(child, stderr);
  const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!discovery.ok) throw new Error(`the provider at ${issuer} serves no discovery document (${discovery.status})`);
  const { token_endpoint: tokenEndpoint } = (await discovery.json()) as { token_endpoint: string };

  return {
    issuer,
    stranger,
    async token(clientId, { resource, from } = {}) {
      const endpoint = from ? `${from}/token` : tokenEndpoint;
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${clientId}-secret`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', ...(resource ? { resource } : {}) }),
      });
      const body = (await response.json()) as { access_token?: string; token_type?: string };
      if (!response.ok || !body.access_token)
        throw new Error(`no token for ${clientId} from ${endpoint}: ${response.status} ${JSON.stringify(body)}`);
      return body.access_token;
    },
    stop: () => stop(child),
  };
}

function firstLine(child: ChildProcess, stderr: string[]): Promise<{ issuer: string; stranger: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the OpenID provider did not start in 20 s: ${stderr.join('')}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`the OpenID provider exited with ${code}: ${stderr.join('')}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line) as { issuer: string; stranger: string });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
