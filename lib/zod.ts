import { z } from 'zod';

// Extension pages forbid eval by their content security policy; zod's JIT would probe it and
// leave a CSP violation in the console each time. Every module takes zod from here.
z.config({ jitless: true });

export { z };
