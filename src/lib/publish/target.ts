/**
 * Where `npm run publish` puts releases: `user@host:/srv/shuangzhuanyi` (rsync and commands over
 * SSH) or a local folder `/srv/shuangzhuanyi` (tests, or a server that builds for itself).
 */
export interface PublishTarget {
  /** The SSH destination (`user@host`, or a Host from ~/.ssh/config); undefined for a local folder. */
  host?: string;
  /** The absolute folder on that machine that holds releases/, current and site.conf. */
  path: string;
}

/**
 * Reads a target as rsync does: `host:path` is remote, a path is local. The folder must be
 * absolute, since the server's configuration names it.
 * @example parseTarget('deploy@www.example.gov.cn:/srv/szy') → { host: 'deploy@www.example.gov.cn', path: '/srv/szy' }
 */
export function parseTarget(text: string): PublishTarget | { error: string } {
  const value = text.trim();
  const remote = /^([^/:\s]+):(.*)$/u.exec(value);
  const host = remote?.[1];
  const folder = (remote ? remote[2]! : value).replace(/\/+$/u, '');
  if (!folder.startsWith('/') || folder === '') {
    return { error: `发布目标“${text}”中的目录必须是绝对路径，例如 /srv/shuangzhuanyi 或 deploy@www.example.gov.cn:/srv/shuangzhuanyi。` };
  }
  if (/[\s'"$`\\]/u.test(folder) || (host && /[\s'"$`\\]/u.test(host))) {
    return { error: `发布目标“${text}”含有空格、引号或 $ 等字符，请换一个目录名。` };
  }
  return host ? { host, path: folder } : { path: folder };
}

/**
 * A release's folder name: the time of publishing (UTC), so names sort in publishing order.
 * @example releaseId(new Date('2026-11-30T03:41:05.123Z')) → '20261130T034105123Z'
 */
export function releaseId(now: Date): string {
  return now.toISOString().replace(/[-:.]/gu, '');
}
