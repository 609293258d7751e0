#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core cannot download a browser here),
# and lay pages out with a Chinese font as readers' devices do (fonts-wqy-microhei); the PDF stage
# uses AR PL UKai (fonts-arphic-ukai) as its 楷体, and the PDF tests read PDFs with poppler-utils.
# The server tests run Debian's nginx (tests/helpers/nginx.ts), rsync (npm run publish) and an sshd of
# their own on loopback (openssh-server: publishing over SSH); the W3C Nu checker (npm vnu-jar,
# tests/site/nu-checker.test.ts) runs on Java.
# Installs what is missing when this user may; otherwise says what to do.
# The browser tests drive Chromium's headless shell (chromium-headless-shell, tests/helpers/browser.ts) when
# it is installed, the full Chromium otherwise: installed here when this user may, never required.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
shell="${CHROMIUM_SHELL_PATH:-/usr/bin/chromium-headless-shell}"
if [ ! -x "$shell" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "浏览器测试使用 Chromium 的无界面版本，正在安装（apt-get install chromium-headless-shell）…" >&2
  (apt-get install -y -qq chromium-headless-shell >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null)) || echo "未能安装 chromium-headless-shell，浏览器测试改用完整的 Chromium。" >&2
fi
if [ -x "$browser" ] && fc-list :lang=zh 2>/dev/null | grep -q . && [ -f /usr/share/fonts/truetype/arphic/ukai.ttc ] && command -v pdffonts >/dev/null 2>&1 && [ -x "${NGINX_PATH:-/usr/sbin/nginx}" ] && command -v rsync >/dev/null 2>&1 && [ -x "${SSHD_PATH:-/usr/sbin/sshd}" ] && command -v java >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "测试需要 Chromium、中文字体、poppler-utils、nginx、rsync、openssh-server 和 Java，正在安装（apt-get install chromium fonts-wqy-microhei fonts-arphic-ukai poppler-utils nginx rsync openssh-server default-jre-headless）…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei fonts-arphic-ukai poppler-utils nginx rsync openssh-server default-jre-headless >/dev/null
  exit 0
fi
echo "测试需要 Chromium、中文字体、poppler-utils、nginx、rsync、openssh-server 和 Java：请安装（Debian/Ubuntu：sudo apt-get install chromium fonts-wqy-microhei fonts-arphic-ukai poppler-utils nginx rsync openssh-server default-jre-headless），或用 CHROMIUM_PATH、NGINX_PATH 指明 Chromium、nginx 的路径。" >&2
exit 1
