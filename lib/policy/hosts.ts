const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A host name as IT may write it ("Sag.Kommune.dk", "*.kommune.dk", "https://sag.kommune.dk/"),
 * made plain: lower case, no scheme, path, port or leading "*.". Undefined when it is no host name.
 */
export function normaliseHost(input: string): string | undefined {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/^\*\./, '').replace(/\.$/, '');
  if (!host || /[\s/@]/.test(host)) return undefined;
  // Punycode, as the browser's location.hostname gives it ("æ" in a host name).
  let ascii: string;
  try {
    ascii = new URL(`https://${host}`).hostname;
  } catch {
    return undefined;
  }
  return HOST.test(ascii) ? ascii : undefined;
}

/** Whether a page's host is one of the sites or under one of them ("sag.kommune.dk" is under "kommune.dk"). */
export function hostCovered(host: string, sites: readonly string[]): boolean {
  const plain = host.toLowerCase().replace(/\.$/, '');
  return sites.some((site) => plain === site || plain.endsWith(`.${site}`));
}
