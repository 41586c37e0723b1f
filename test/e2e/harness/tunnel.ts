import { connect, createServer, type Server, type Socket } from 'node:net';
import { siteForHost } from './hosts.ts';

/**
 * An HTTP CONNECT proxy for browsers with no host-resolver rules (Firefox): a look-alike host is
 * tunnelled to the local HTTPS server, whatever port it asked for; every other host is refused, so a
 * test can never reach the real sites.
 */
export interface Tunnel {
  port: number;
  /** Hosts refused so far (a test may check that none of the portals' was). */
  refused: string[];
  close(): Promise<void>;
}

export async function startTunnel(targetPort: number): Promise<Tunnel> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server: Server = createServer((client) => {
    track(client);
    client.once('data', (head) => {
      const match = /^CONNECT ([^\s:]+):(\d+) HTTP\/1\.[01]\r\n/.exec(head.toString('latin1'));
      if (!match?.[1] || siteForHost(match[1]) === null) {
        refused.push(match?.[1] ?? head.toString('latin1').split('\r\n')[0] ?? '');
        client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      track(upstream);
      const drop = () => {
        upstream.destroy();
        client.destroy();
      };
      upstream.on('error', drop);
      client.on('error', drop);
      client.on('close', drop);
    });
    client.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The tunnel has no port');
  return {
    port: address.port,
    refused,
    // Open tunnels (a browser's keep-alive connections) would hold server.close() forever: end them.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
