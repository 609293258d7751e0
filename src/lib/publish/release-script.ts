/**
 * The shell scripts `npm run publish` runs on the target machine (through `ssh host bash -s`, or
 * `bash -s` for a local folder; the same text either way, so the tests run what production runs).
 *
 * Layout of a target folder:
 *   releases/<id>/<base>/…   one folder per release, the build under its base (so nginx's
 *                            `root <target>/current` serves /<base>/… without aliases)
 *   current -> releases/<id> the live release, switched by renaming a new symlink over it
 *   site.conf                the location block the server includes (nginxSiteLocation)
 *   history                  one line per switch, tab-separated: time, `publish` or `rollback`,
 *                            release, commit, commit time, pipeline (see historyLine)
 *   .publish.lock            held (flock) by the one publish or rollback running on this target
 *
 * The history is what rollback follows: replayed, each `publish` pushes its release on a stack and
 * each `rollback` pops back to the release it names, so the top is the live release and the one
 * below it is what was live before. Rollback goes there; pruning never removes either.
 */

/** Quotes a value for bash. */
function sh(value: string): string {
  return `'${value.replace(/'/gu, `'\\''`)}'`;
}

/** One history entry. Tabs and line breaks in a value would break the file, so they become spaces. */
export interface HistoryEntry {
  /** When the switch happened (ISO 8601, UTC). */
  time: string;
  action: 'publish' | 'rollback';
  release: string;
  /** The commit the release was built from; '-' when unknown (an --allow-dirty build). */
  commit: string;
  /** That commit's time (ISO 8601); '-' when unknown. */
  commitTime: string;
  /** The pipeline that switched (its address or id), or `manual`. */
  pipeline: string;
}

/** The history line for an entry (without the line break). */
export function historyLine(e: HistoryEntry): string {
  return [e.time, e.action, e.release, e.commit || '-', e.commitTime || '-', e.pipeline || 'manual'].map((v) => v.replace(/[\t\r\n]+/gu, ' ')).join('\t');
}

/** The pipeline that runs this publish, from the forge's own variables; `manual` outside one. */
export function pipelineRef(env: Record<string, string | undefined>): string {
  if (env.CI_PIPELINE_URL) return env.CI_PIPELINE_URL;
  if (env.GITHUB_RUN_ID) return `${env.GITHUB_SERVER_URL ?? ''}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID}`;
  return 'manual';
}

/**
 * Takes the target's lock and holds it while its standard input stays open: prints `locked` once
 * it holds it (after `waiting` when another publish holds it), then reads until end of input. The
 * publisher closes the input when done, and if it dies the input closes with it (over SSH too), so a
 * lock is never left behind.
 */
export function lockScript(root: string, waitSeconds: number): string {
  return [
    'set -euo pipefail',
    `root=${sh(root)}`,
    'mkdir -p "$root"',
    'exec 9>>"$root/.publish.lock"',
    'if ! flock -n 9; then',
    '  echo waiting',
    `  flock -w ${waitSeconds} 9 || { echo "等待 ${waitSeconds} 秒后，另一次发布仍在进行（$root/.publish.lock），本次发布已放弃。" >&2; exit 4; }`,
    'fi',
    'echo locked',
    'cat >/dev/null',
  ].join('\n');
}

/**
 * Bash that sets `stack` (the releases, oldest first, as history says they went live; the last is
 * live) and `live`. A target published before the history existed starts from its releases up to
 * the live one, in name (time) order.
 */
function stackLines(): string[] {
  return [
    'live=',
    'if [ -L "$root/current" ]; then live="$(basename "$(readlink "$root/current")")"; fi',
    'stack=()',
    'if [ -f "$root/history" ]; then',
    '  while IFS=$\'\\t\' read -r _time action release _rest; do',
    '    if [ "$action" = publish ]; then stack+=("$release");',
    '    elif [ "$action" = rollback ]; then',
    '      while [ ${#stack[@]} -gt 0 ] && [ "${stack[-1]}" != "$release" ]; do unset \'stack[-1]\'; done',
    '      [ ${#stack[@]} -gt 0 ] || stack=("$release")',
    '    fi',
    '  done < "$root/history"',
    'elif [ -d "$root/releases" ]; then',
    '  while read -r r; do [ -n "$r" ] && [[ ! "$r" > "$live" ]] && stack+=("$r"); done < <(cd "$root/releases" && ls -1 | grep -v "\\.partial$" | sort)',
    'fi',
  ];
}

/**
 * Before the upload (under the lock): removes uploads that never finished, makes the release's
 * folder, and prints the live release, its commit and that commit's time, tab-separated (an empty
 * line when nothing is live).
 */
export function prepareScript(root: string, id: string, base: string): string {
  return [
    'set -euo pipefail',
    'shopt -s nullglob',
    `root=${sh(root)}`,
    // Only one publish runs at a time (the lock), so any other .partial is a dead one's.
    'for d in "$root"/releases/*.partial; do rm -rf "$d"; done',
    `mkdir -p "$root/releases/${id}.partial"${sh(base)}`,
    'live=',
    'if [ -L "$root/current" ]; then live="$(basename "$(readlink "$root/current")")"; fi',
    'entry=',
    'if [ -n "$live" ] && [ -f "$root/history" ]; then entry="$(awk -F\'\\t\' -v r="$live" \'$3 == r { c = $4; t = $5 } END { if (c != "") print c "\\t" t }\' "$root/history")"; fi',
    '[ -n "$entry" ] || entry=$\'-\\t-\'',
    'printf \'%s\\t%s\\n\' "$live" "$entry"',
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
  /** How many releases to keep (the live one and the one before it always stay). */
  keep: number;
  /** The history line this publish adds (historyLine). */
  history: string;
}

/**
 * After the upload: completes and switches to the new release.
 * 1. Links the previous release's content-hashed files into the new one (never over a new file):
 *    a page loaded a moment before the switch still gets its stylesheet and search fragments.
 * 2. Renames `<id>.partial` to `<id>`: only whole releases carry a release's name.
 * 3. Points a new symlink at it and renames it over `current` (rename is atomic: every request
 *    sees the old release or the new one, never neither), then adds the history line.
 * 4. Prunes (pruneLines).
 */
export function finishScript(o: FinishOptions): string {
  return [
    'set -euo pipefail',
    'shopt -s nullglob',
    `root=${sh(o.root)}`,
    `new="$root/releases/${o.id}.partial"${sh(o.base)}`,
    o.previous ? `prev="$root/releases/"${sh(o.previous)}${sh(o.base)}` : 'prev=',
    ...linkHashedLines('prev', 'new', o.hashed),
    `mv -T "$root/releases/${o.id}.partial" "$root/releases/${o.id}"`,
    `cat > "$root/site.conf.tmp" <<'SITE_CONF_EOF'`,
    o.siteConf.trimEnd(),
    'SITE_CONF_EOF',
    'mv -Tf "$root/site.conf.tmp" "$root/site.conf"',
    `ln -sfn "releases/${o.id}" "$root/current.tmp-$$"`,
    'mv -Tf "$root/current.tmp-$$" "$root/current"',
    `printf '%s\\n' ${sh(o.history)} >> "$root/history"`,
    ...pruneLines(o.keep),
    'echo "$live"',
  ].join('\n');
}

/**
 * Bash that hard-links the content-hashed files (shell globs under the base) of the release folder in
 * `$from` into the one in `$to`, never over a file `$to` has: a page loaded from `$from` a moment
 * before a switch to `$to` still gets its stylesheet and search fragments. Nothing else is added.
 */
function linkHashedLines(from: string, to: string, hashed: string[]): string[] {
  return [
    `if [ -n "$${from}" ] && [ -d "$${from}" ] && [ -d "$${to}" ]; then`,
    `  for pattern in ${hashed.map(sh).join(' ')}; do`,
    `    for f in "$${from}"/$pattern; do`,
    '      [ -f "$f" ] || continue',
    `      rel="\${f#"$${from}"/}"`,
    `      [ -e "$${to}/$rel" ] && continue`,
    `      mkdir -p "$(dirname "$${to}/$rel")"`,
    `      ln "$f" "$${to}/$rel" 2>/dev/null || cp -p "$f" "$${to}/$rel"`,
    '    done',
    '  done',
    'fi',
  ];
}

/**
 * Removes the oldest releases beyond `keep`, never the live one nor the one before it in the
 * history (where a rollback goes).
 */
function pruneLines(keep: number): string[] {
  return [
    ...stackLines(),
    'keepers=("$live")',
    '[ ${#stack[@]} -ge 2 ] && keepers+=("${stack[-2]}")',
    'mapfile -t all < <(cd "$root/releases" && ls -1 | grep -v "\\.partial$" | sort)',
    `excess=$(( \${#all[@]} - ${keep} ))`,
    'for r in "${all[@]}"; do',
    '  [ "$excess" -gt 0 ] || break',
    '  [[ " ${keepers[*]} " == *" $r "* ]] && continue',
    '  rm -rf "$root/releases/$r"',
    '  excess=$(( excess - 1 ))',
    'done',
  ];
}

/**
 * Switches `current` back to the release that was live before the live one, as the history says
 * (atomically, as above), and records it. Prints the release now live and its commit; fails with a
 * message when there is none to go back to.
 * @param time when (ISO 8601) and @param pipeline who: for the rollback's history line
 * @param live the live release's base and hashed-file globs: a page loaded from it a moment before
 *   the rollback still gets its stylesheet (its hashed files are linked into the release rolled back to)
 */
export function rollbackScript(root: string, time: string, pipeline: string, live?: { base: string; hashed: string[] }): string {
  return [
    'set -euo pipefail',
    'shopt -s nullglob',
    `root=${sh(root)}`,
    'if [ ! -L "$root/current" ]; then echo "目标目录 $root 中还没有发布过网站（没有 current），无法回滚。" >&2; exit 3; fi',
    ...stackLines(),
    // Releases pruned since they were live are skipped.
    'prev=',
    'for ((i = ${#stack[@]} - 2; i >= 0; i--)); do',
    '  if [ "${stack[$i]}" != "$live" ] && [ -d "$root/releases/${stack[$i]}" ]; then prev="${stack[$i]}"; break; fi',
    'done',
    'if [ -z "$prev" ]; then echo "当前版本 $live 之前没有保留的版本，无法回滚。" >&2; exit 3; fi',
    'info="$(awk -F\'\\t\' -v r="$prev" \'$3 == r && $2 == "publish" { c = $4; t = $5 } END { print c "\\t" t }\' "$root/history" 2>/dev/null || true)"',
    'commit="${info%%$\'\\t\'*}"; ctime="${info#*$\'\\t\'}"',
    // The rejected release's hashed files stay reachable, as on a publish (linkHashedLines).
    ...(live ? [`from="$root/releases/$live"${sh(live.base)}`, `to="$root/releases/$prev"${sh(live.base)}`, ...linkHashedLines('from', 'to', live.hashed)] : []),
    'ln -sfn "releases/$prev" "$root/current.tmp-$$"',
    'mv -Tf "$root/current.tmp-$$" "$root/current"',
    `printf '%s\\trollback\\t%s\\t%s\\t%s\\t%s\\n' ${sh(time)} "$prev" "\${commit:--}" "\${ctime:--}" ${sh(pipeline.replace(/[\t\r\n]+/gu, ' '))} >> "$root/history"`,
    'printf \'%s\\t%s\\n\' "$prev" "${commit:--}"',
  ].join('\n');
}

/**
 * Prints the live release's `_site.json` and, after a line `---`, its `_headers` (nothing when no
 * release is live), so a rollback knows its base and hashed files.
 */
export function liveFilesScript(root: string): string {
  return [
    'set -euo pipefail',
    `root=${sh(root)}`,
    '[ -L "$root/current" ] || exit 0',
    'm="$(find -L "$root/current/" -maxdepth 8 -name _site.json -print -quit)"',
    '[ -n "$m" ] || exit 0',
    'cat "$m"; printf \'\\n---\\n\'; cat "$(dirname "$m")/_headers" 2>/dev/null || true',
  ].join('\n');
}

/** Prints the live release and the last `lines` history lines, for `--status`. */
export function statusScript(root: string, lines: number): string {
  return [
    'set -euo pipefail',
    `root=${sh(root)}`,
    'if [ ! -L "$root/current" ]; then echo "目标目录 $root 中还没有发布过网站。" >&2; exit 3; fi',
    'echo "live	$(basename "$(readlink "$root/current")")"',
    `if [ -f "$root/history" ]; then tail -n ${lines} "$root/history"; fi`,
  ].join('\n');
}
