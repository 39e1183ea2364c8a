#!/usr/bin/env bash
# Installs Debian's Chromium and its WebDriver for the browser tests (tests/api/test_pages.py).
# Idempotent: does nothing when both are present. Run as root (make test runs it before pytest);
# without root it only says what is missing, and the browser tests skip with that reason.
set -euo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "install-browser: chromium/chromedriver missing and not root; browser tests will skip" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
