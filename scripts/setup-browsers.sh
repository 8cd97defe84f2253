#!/usr/bin/env bash
# The browsers the tests drive, from Debian's packages: the one list, used by `npm test` (as its
# `pretest`) and by `.ci/run`. Chromium for Playwright (the headless shell runs the tests, the
# full browser the benchmarks and Lighthouse); Firefox ESR, WebKitGTK's WebDriver and MiniBrowser
# under a virtual display, and PyGObject with WebKit2's bindings (the WebKit console shell) for
# `npm run test:engines`. Only what is missing is installed, with sudo when not root; where that
# cannot be done (no apt-get, no sudo) it says what to install and leaves the tests to say which
# steps could not run.
set -uo pipefail

packages=()
if [ -z "${CHROMIUM_PATH:-}" ]; then
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
  command -v chromium-headless-shell >/dev/null 2>&1 || packages+=(chromium-headless-shell)
fi
for package in firefox-esr webkit2gtk-driver xvfb python3-gi gir1.2-webkit2-4.1; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then packages+=("$package"); fi
done
[ "${#packages[@]}" -eq 0 ] && exit 0

cannot() {
  echo "setup-browsers: $1" >&2
  echo "  The browser tests need these Debian/Ubuntu packages: ${packages[*]}" >&2
  echo "  Install them (sudo apt-get install -y ${packages[*]}), or point CHROMIUM_PATH at a" >&2
  echo "  Chromium; the steps that need a missing browser will say so." >&2
  exit 0
}

command -v apt-get >/dev/null 2>&1 || cannot "this machine has no apt-get, so nothing was installed."
if [ "$(id -u)" = 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  cannot "installing needs root, and sudo is not here."
fi
echo "setup-browsers: installing Debian packages for the browser tests: ${packages[*]}"
"${SUDO[@]}" apt-get update -qq || cannot "apt-get update failed."
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null || cannot "apt-get install failed."
echo "setup-browsers: installed."
