/**
 * Numbers a compilation's documents straight through, across sections, as a
 * printed compilation does: section one holds 1–2, section two 3–4, and so on.
 */
export function numberDocuments<S extends { refs: readonly unknown[] }>(sections: readonly S[]): (S & { docs: { doc: S['refs'][number]; position: number }[] })[] {
  let position = 0;
  return sections.map((section) => ({ ...section, docs: section.refs.map((doc) => ({ doc, position: ++position })) }));
}
