// Serves the portal look-alikes on their real host names until Ctrl+C:
//   node scripts/serve-lookalikes.ts [--port 8443]
// then start Chromium with the printed --host-resolver-rules and --ignore-certificate-errors.
import { hostResolverRules } from '../test/e2e/harness/hosts.ts';
import { startLookalikeServer } from '../test/e2e/harness/server.ts';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;
const server = await startLookalikeServer({ port: Number.isFinite(port) ? port : 0 });

console.log(`Look-alike server on https://127.0.0.1:${server.port}`);
console.log(`--host-resolver-rules="${hostResolverRules(server.port)}"`);
console.log('Then open e.g. https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview');

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
