/** The issuing body a document's printed 发文机关 is recognised as (content/issuers.yaml). */
export interface RecognisedIssuer {
  /** The body's name, used by lists, search filters and JSON-LD. */
  name: string;
  /** The form the document prints, when it differs from the body's name (kept on the page). */
  printed?: string;
}

/**
 * Recognises a printed 发文机关 from the list of issuers: a body's name is itself; a form
 * listed under a body's `printedAs` is that body, the printed form kept; anything else is
 * taken as printed.
 * @example recogniseIssuer('广东省经济与信息化委员会', [{ name: '广东省经济和信息化委员会', printedAs: ['广东省经济与信息化委员会'] }])
 * // { name: '广东省经济和信息化委员会', printed: '广东省经济与信息化委员会' }
 */
export function recogniseIssuer(printed: string, issuers: readonly { name: string; printedAs: readonly string[] }[]): RecognisedIssuer {
  const body = issuers.find((i) => i.name !== printed && i.printedAs.includes(printed));
  return body ? { name: body.name, printed } : { name: printed };
}

/** The 编者注 for a printed name that differs from the body's, as for the other slips kept as issued. */
export function issuerNote(issuer: RecognisedIssuer): { original: string; reading: string } | undefined {
  return issuer.printed === undefined
    ? undefined
    : { original: issuer.printed, reading: `原件署名如此，照录；发文机关全称为“${issuer.name}”。` };
}
