#!/usr/bin/env bash
# `npm run build` (prebuild): the PDF stage (src/lib/pdf/) prints with Debian's Chromium and uses
# AR PL UKai (fonts-arphic-ukai) as its 楷体. Installs what is missing when this user may;
# otherwise says what to do. SZY_PDF=0 skips the PDF stage, and this check with it.
set -euo pipefail
[ "${SZY_PDF:-1}" = "0" ] && exit 0
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ] && [ -f "${PDF_KAI_DIR:-/usr/share/fonts/truetype/arphic}/ukai.ttc" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "生成 PDF 需要 Chromium 和楷体字体，正在安装（apt-get install chromium fonts-arphic-ukai）…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-arphic-ukai >/dev/null
  exit 0
fi
echo "生成 PDF 需要 Chromium 和楷体字体：请安装（Debian/Ubuntu：sudo apt-get install chromium fonts-arphic-ukai），或用 CHROMIUM_PATH 指明 Chromium 的路径；只预览网站时可设 SZY_PDF=0 跳过 PDF。" >&2
exit 1
