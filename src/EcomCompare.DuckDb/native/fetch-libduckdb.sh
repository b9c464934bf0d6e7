#!/usr/bin/env bash
# Fetches the pinned DuckDB native library (from the npm package that ships it) into a cache folder,
# verifies its sha256, and skips the download when the cached copy already verifies.
# Usage: fetch-libduckdb.sh <cache-dir>   → prints the path of the verified libduckdb.so
set -euo pipefail

VERSION="1.5.6-r.1"                 # DuckDB v1.5.6, as packaged by @duckdb/node-bindings-linux-x64
PACKAGE="@duckdb/node-bindings-linux-x64"
TGZ_SHA256="1b9f82478539bb9a1d1df44bd103121a12ae52142c07158dc52b97d2ec1d69ff"
SO_SHA256="3f4962cdd266eab2b479a5b5a4a6d063d279b2954ae814ed00385d553b747633"

cache="${1:?usage: fetch-libduckdb.sh <cache-dir>}"
dest="$cache/duckdb/$VERSION"
lib="$dest/libduckdb.so"

verify() { [ -f "$1" ] && echo "$2  $1" | sha256sum --check --status; }

if verify "$lib" "$SO_SHA256"; then
  echo "$lib"
  exit 0
fi

mkdir -p "$dest"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tgz="$work/duckdb.tgz"
if command -v npm >/dev/null 2>&1; then
  (cd "$work" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null) 1>&2
  mv "$work"/duckdb-node-bindings-linux-x64-"$VERSION".tgz "$tgz"
else
  # Same tarball, straight from the npm registry, for machines without npm.
  curl -fsSL -o "$tgz" "https://registry.npmjs.org/$PACKAGE/-/node-bindings-linux-x64-$VERSION.tgz"
fi
if ! verify "$tgz" "$TGZ_SHA256"; then
  echo "fetch-libduckdb: $PACKAGE@$VERSION tarball does not match the pinned sha256 $TGZ_SHA256" >&2
  exit 1
fi
tar -xzf "$tgz" -C "$work" package/libduckdb.so
if ! verify "$work/package/libduckdb.so" "$SO_SHA256"; then
  echo "fetch-libduckdb: libduckdb.so does not match the pinned sha256 $SO_SHA256" >&2
  exit 1
fi
mv "$work/package/libduckdb.so" "$lib.partial"
mv "$lib.partial" "$lib"
echo "$lib"
