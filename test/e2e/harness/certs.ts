/**
 * A self-signed certificate for every look-alike host, made at run time with openssl (never
 * committed: it would be a private key in the repository). Chromium is launched with
 * acceptInsecureCerts, but the names still match, so nothing depends on an error page being skipped.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_ROUTES } from './hosts.ts';

export interface Certificate {
  key: string;
  cert: string;
}

/** Writes key.pem and cert.pem into `dir` (which must exist) and returns their contents. */
export function makeCertificate(dir: string): Certificate {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  const altNames = HOST_ROUTES.map((route) => `DNS:${route.host}`).join(',');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=lookalike', '-addext', `subjectAltName=${altNames}`, '-keyout', keyFile, '-out', certFile], {
    stdio: 'pipe',
  });
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
}
