/**
 * The shell scripts `npm run publish` runs on the target machine (through `ssh host bash -s`, or
 * `bash -s` for a local folder; the same text either way, so the tests run what production runs).
 *
 * Layout of a target folder:
 *   releases/<id>/<base>/…   one folder per release, the build under its base (so nginx's
 *                            `root <target>/current` serves /<base>/… without aliases)
 *   current -> releases/<id> the live release, switched by renaming a new symlink over it
 *   site.conf                the location block the server includes (nginxSiteLocation)
 */

/** Quotes a value for bash. */
function sh(value: string): string {
  return `'${value.replace(/'/gu, `'\\''`)}'`;
}

/** Before the upload: makes the release's folder, prints the live release's id (empty if none). */
export function prepareScript(root: string, id: string, base: string): string {
  return [
    'set -euo pipefail',
    `root=${sh(root)}`,
    `mkdir -p "$root/releases/${id}.partial"${sh(base)}`,
    'if [ -L "$root/current" ]; then basename "$(readlink "$root/current")"; fi',
  ].join('\n');
}

export interface FinishOptions {
  root: string;
  id: string;
  /** The previous live release, whose content-hashed files the new one keeps. */
  previous?: string;
  base: string;
  /** Shell globs under the base of content-hashed files (from the immutable rules of _headers). */
  hashed: string[];
  /** The location block for site.conf. */
  siteConf: string;
  /** How many releases to keep (the live one always stays). */
  keep: number;
}

/**
 * After the upload: completes and switches to the new release.
 * 1. Links the previous release's content-hashed files into the new one (never over a new file):
 *    a page loaded a moment before the switch still gets its stylesheet and search fragments.
 * 2. Renames `<id>.partial` to `<id>`: only whole releases carry a release's name.
 * 3. Points a new symlink at it and renames it over `current` (rename is atomic: every request
 *    sees the old release or the new one, never neither).
 * 4. Removes the oldest releases beyond `keep`, never the live one.
 */
export function finishScript(o: FinishOptions): string {
  return [
    'set -euo pipefail',
    'shopt -s nullglob',
    `root=${sh(o.root)}`,
    `new="$root/releases/${o.id}.partial"${sh(o.base)}`,
    o.previous ? `prev="$root/releases/"${sh(o.previous)}${sh(o.base)}` : 'prev=',
    'if [ -n "$prev" ] && [ -d "$prev" ]; then',
    `  for pattern in ${o.hashed.map(sh).join(' ')}; do`,
    '    for f in "$prev"/$pattern; do',
    '      [ -f "$f" ] || continue',
    '      rel="${f#"$prev"/}"',
    '      [ -e "$new/$rel" ] && continue',
    '      mkdir -p "$(dirname "$new/$rel")"',
    '      ln "$f" "$new/$rel" 2>/dev/null || cp -p "$f" "$new/$rel"',
    '    done',
    '  done',
    'fi',
    `mv -T "$root/releases/${o.id}.partial" "$root/releases/${o.id}"`,
    `cat > "$root/site.conf.tmp" <<'SITE_CONF_EOF'`,
    o.siteConf.trimEnd(),
    'SITE_CONF_EOF',
    'mv -Tf "$root/site.conf.tmp" "$root/site.conf"',
    `ln -sfn "releases/${o.id}" "$root/current.tmp-$$"`,
    'mv -Tf "$root/current.tmp-$$" "$root/current"',
    ...pruneLines(o.keep),
  ].join('\n');
}

function pruneLines(keep: number): string[] {
  return [
    'live="$(basename "$(readlink "$root/current")")"',
    // Leftovers of uploads that never finished.
    'for d in "$root"/releases/*.partial; do [ "$d" = "$root/releases/$live.partial" ] || rm -rf "$d"; done',
    'mapfile -t all < <(cd "$root/releases" && ls -1 | grep -v "\\.partial$" | sort)',
    `excess=$(( \${#all[@]} - ${keep} ))`,
    'for ((i = 0; i < excess; i++)); do [ "${all[$i]}" = "$live" ] || rm -rf "$root/releases/${all[$i]}"; done',
    'echo "$live"',
  ];
}

/**
 * Switches `current` back to the release published before the live one (atomically, as above).
 * Prints the release now live; fails with a message when there is none to go back to.
 */
export function rollbackScript(root: string): string {
  return [
    'set -euo pipefail',
    `root=${sh(root)}`,
    'if [ ! -L "$root/current" ]; then echo "目标目录 $root 中还没有发布过网站（没有 current），无法回滚。" >&2; exit 3; fi',
    'live="$(basename "$(readlink "$root/current")")"',
    'mapfile -t all < <(cd "$root/releases" && ls -1 | grep -v "\\.partial$" | sort)',
    'prev=',
    'for r in "${all[@]}"; do [ "$r" \\< "$live" ] && prev="$r"; done',
    'if [ -z "$prev" ]; then echo "当前版本 $live 之前没有保留的版本，无法回滚。" >&2; exit 3; fi',
    'ln -sfn "releases/$prev" "$root/current.tmp-$$"',
    'mv -Tf "$root/current.tmp-$$" "$root/current"',
    'echo "$prev"',
  ].join('\n');
}
