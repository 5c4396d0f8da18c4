#!/usr/bin/env bash
# Runs end-to-end specs in a private slot (own ports and build folder) so parallel local runs do not collide.
# Usage: scripts/e2e-slot.sh SLOT [playwright args…]
set -euo pipefail
slot="$1"; shift
dist="/tmp/kring-web-dist-$slot"
# The web build is redone only when a source of it changed since the last one in this slot.
if [ ! -f "$dist/index.html" ] || [ -n "$(find web core vite.config.ts scripts/build server/http/prerendered-layout.ts \
  package-lock.json -newer "$dist/index.html" -print -quit)" ]; then
  npx vite build --outDir "$dist" --emptyOutDir >/dev/null
fi
# The compiled server the run starts, and the migrated database each run's fresh data folder is copied
# from (nothing to do when they are current).
node scripts/build-if-changed.mjs --only server --only pglite-template
E2E_SLOT="$slot" WEB_DIST="$dist" npx playwright test --output "/tmp/kring-pw-out-$slot" "$@"
