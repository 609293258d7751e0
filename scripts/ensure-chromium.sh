#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core cannot download a browser here),
# and lay pages out with a Chinese font as readers' devices do (fonts-wqy-microhei).
# Installs both when missing and this user may; otherwise says what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ] && fc-list :lang=zh 2>/dev/null | grep -q .; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "浏览器测试需要 Chromium 和中文字体，正在安装（apt-get install chromium fonts-wqy-microhei）…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
  exit 0
fi
echo "浏览器测试需要 Chromium 和中文字体：请安装（Debian/Ubuntu：sudo apt-get install chromium fonts-wqy-microhei），或用 CHROMIUM_PATH 指明 Chromium 的路径。" >&2
exit 1
