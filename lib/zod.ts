import { z } from 'zod';

// Extension pages forbid eval by their content security policy; zod's JIT would probe it and
// leave a CSP violation in the console each time. Every module takes zod from here.
//
// zod's own texts become i18n message names here, where the issue still holds the value it
// judged: an issue handed to the caller no longer carries it, so a value of the wrong kind could
// not be told from a missing one later (both read "required"). A schema's own `error` wins over
// this; what is left unnamed becomes "errInvalid" in lib/issues.ts.
z.config({
  jitless: true,
  customError: (issue) => {
    if (issue.code === 'invalid_type') return issue.input === undefined ? 'errRequired' : 'errType';
    if (issue.code === 'unrecognized_keys') return 'errUnknownKey';
    return undefined;
  },
});

export { z };
