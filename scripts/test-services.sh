#!/usr/bin/env bash
# Services the test suite needs: Debian's PostgreSQL server binaries (initdb, pg_ctl, postgres).
# Idempotent: does nothing when they are installed. Needs root to install; the tests' fixture
# (tests/conftest.py) creates, starts and stops its own throw-away cluster, so no system
# cluster is started here. Without root and without the binaries it warns and exits 0: the
# PostgreSQL tests then skip with a clear reason.
set -euo pipefail

have_postgres() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null \
        || { command -v initdb >/dev/null && command -v pg_ctl >/dev/null; }
}

if have_postgres; then
    echo "test-services: PostgreSQL binaries present"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "test-services: PostgreSQL is missing and this is not root; its tests will skip" >&2
    exit 0
fi

if ! command -v apt-get >/dev/null; then
    echo "test-services: no apt-get here; install PostgreSQL by hand for its tests" >&2
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# policy-rc.d stops the package from starting a system cluster the tests do not use.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get install -y -qq --no-install-recommends postgresql >/dev/null
have_postgres && echo "test-services: PostgreSQL installed"
