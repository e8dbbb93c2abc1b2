import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { Authenticator, bearerCredential, refusalHeaders } from './authenticator';
import { clientAddress } from './credential.guard';

/** What the door does with a refused request: answer it in the services' one error shape. */
export type Refuse = (error: unknown, request: IncomingMessage, response: ServerResponse) => void;

/**
 * Express middleware placed before the body parsers: a request that carries a body must show a
 * credential that authenticates before a byte of the body is parsed. Otherwise an unknown caller
 * learns the body limit (a 413 came before the 401) and makes the server buffer and parse up to
 * it. Only authentication happens here; the role is the guard's, once the route is known.
 * Requests without a body pass untouched (the guard authenticates them; the public routes are
 * all GETs). The refused connection is closed so the rest of the body is not read either.
 */
export function authenticationDoor(authenticator: Authenticator, refuse: Refuse) {
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void => {
    if (!carriesBody(request.headers)) {
      next();
      return;
    }
    authenticator.authenticate(bearerCredential(request.headers.authorization), clientAddress(request)).then(
      (principal) => {
        authenticator.remember(request, principal);
        next();
      },
      (error: unknown) => {
        for (const [name, value] of Object.entries(refusalHeaders(error))) response.setHeader(name, value);
        response.setHeader('Connection', 'close');
        refuse(error, request, response);
      },
    );
  };
}

/** As the body parsers decide it (type-is's hasBody): a chunked body, or a Content-Length above 0. */
export function carriesBody(headers: IncomingHttpHeaders): boolean {
  if (headers['transfer-encoding'] !== undefined) return true;
  const length = headers['content-length'];
  return length !== undefined && length.trim() !== '0';
}
