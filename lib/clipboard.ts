/** Puts plain text on the clipboard; false when the browser refused (no user gesture, a policy), never throws. */
export function copyText(text: string): Promise<boolean> {
  return navigator.clipboard.writeText(text).then(
    () => true,
    (error: unknown) => {
      console.debug('Clipboard write refused', error);
      return false;
    },
  );
}
