#!/usr/bin/env bash
# Installs what tonghop needs to build on Debian (run as root): the libxml2 and libzip
# development packages and pkg-config. Does nothing when they are already there.
set -euo pipefail
missing=()
# time: GNU time, with which the world-corpus test measures a reader's peak memory.
for pkg in libxml2-dev libzip-dev pkg-config time; do
  # A comparison, not `| grep -q`: under pipefail that pipe fails at random (SIGPIPE).
  [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
