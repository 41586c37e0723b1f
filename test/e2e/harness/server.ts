/**
 * The look-alike web server: one HTTPS server for every real host name in hosts.ts (Chromium maps
 * them to it with --host-resolver-rules), choosing the site by the Host header. `/dist/*` serves the
 * bundles on every host; any other path is the site's file when it exists, else the site's
 * index.html (single-page apps: the Azure portal routes by hash, Partner Center and M365 by path).
 */
import { readFile, stat, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize, sep } from 'node:path';
import { makeCertificate } from './certs.ts';
import { contentTypeFor } from './content-types.ts';
import { siteForHost } from './hosts.ts';
import { FIXTURES_DIST, FIXTURES_SITES } from './paths.ts';

export interface LookalikeRequest {
  host: string;
  path: string;
}

export interface LookalikeServer {
  port: number;
  close(): Promise<void>;
  /** Every request received, in order (path includes the query string). */
  requests: LookalikeRequest[];
}

/** `base`/`urlPath` when it stays inside `base` and is a file; else null. */
async function fileInside(base: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = normalize(join(base, decoded));
  if (candidate !== base && !candidate.startsWith(base + sep)) return null;
  try {
    return (await stat(candidate)).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

async function send(res: ServerResponse, status: number, file: string | null, method: string): Promise<void> {
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (!file) {
    res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
    res.end(method === 'HEAD' ? undefined : `${status}\n`);
    return;
  }
  const body = await readFile(file);
  res.writeHead(status, { ...headers, 'content-type': contentTypeFor(file), 'content-length': body.length });
  res.end(method === 'HEAD' ? undefined : body);
}

async function handle(req: IncomingMessage, res: ServerResponse, log: LookalikeRequest[]): Promise<void> {
  const host = req.headers.host ?? '';
  const rawPath = req.url ?? '/';
  log.push({ host, path: rawPath });
  const method = req.method ?? 'GET';
  const site = siteForHost(host);
  if (!site) return send(res, 404, null, method);
  if (method !== 'GET' && method !== 'HEAD') return send(res, 405, null, method);

  const pathname = rawPath.split('?')[0] ?? '/';
  const siteDir = join(FIXTURES_SITES, site);
  const file = pathname.startsWith('/dist/')
    ? await fileInside(FIXTURES_DIST, pathname.slice('/dist'.length))
    : ((pathname === '/' ? null : await fileInside(siteDir, pathname)) ?? (await fileInside(siteDir, '/index.html')));
  return send(res, file ? 200 : 404, file, method);
}

export async function startLookalikeServer(options: { port?: number } = {}): Promise<LookalikeServer> {
  const certDir = await mkdtemp(join(tmpdir(), 'lookalike-cert-'));
  let tls: ReturnType<typeof makeCertificate>;
  try {
    tls = makeCertificate(certDir);
  } finally {
    await rm(certDir, { recursive: true, force: true });
  }
  const requests: LookalikeRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    handle(req, res, requests).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(String(error));
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolveClose) => {
        // Browsers keep connections alive; end them so close() does not wait for their timeout.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolveClose());
      }),
  };
}
