#!/usr/bin/env bash
# Runs end-to-end specs in a private slot (own ports and build folder) so parallel local runs do not collide.
# Usage: scripts/e2e-slot.sh SLOT [playwright args…]
set -euo pipefail
slot="$1"; shift
dist="/tmp/kring-web-dist-$slot"
npx vite build --outDir "$dist" --emptyOutDir >/dev/null
# The migrated database each run's fresh data folder is copied from (nothing to do when it is current).
node scripts/build-if-changed.mjs --only pglite-template
E2E_SLOT="$slot" WEB_DIST="$dist" npx playwright test --output "/tmp/kring-pw-out-$slot" "$@"
