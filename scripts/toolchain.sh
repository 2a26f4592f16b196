# Sourced by the Makefile and .ci/run: puts Node >= 22 and Yarn 4 on PATH.
# Current Backstage needs Node 22 or 24; machines that ship an older Node get
# node-linux-<arch> from the npm registry in the git-ignored .toolchain/.
SOLO_TREK_NODE_VERSION=22.23.3
SOLO_TREK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_tc="$SOLO_TREK_ROOT/.toolchain"
mkdir -p "$_tc/bin"

_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$_major" -lt 22 ]; then
  case "$(uname -m)" in
    x86_64) _arch=x64 ;;
    aarch64 | arm64) _arch=arm64 ;;
    *) echo "toolchain: unsupported architecture $(uname -m)" >&2; return 1 ;;
  esac
  _pkg="$_tc/node_modules/node-linux-$_arch"
  if [ "$("$_pkg/bin/node" --version 2>/dev/null)" != "v$SOLO_TREK_NODE_VERSION" ]; then
    echo "toolchain: installing node-linux-$_arch@$SOLO_TREK_NODE_VERSION into .toolchain/" >&2
    npm install --silent --no-save --no-package-lock --no-audit --no-fund \
      --prefix "$_tc" "node-linux-$_arch@$SOLO_TREK_NODE_VERSION" >&2 || return 1
  fi
  ln -sf "$_pkg/bin/node" "$_tc/bin/node"
  # Native modules (better-sqlite3) compile against these headers, not the system Node's.
  export npm_config_nodedir="$_pkg"
fi

# Yarn comes from the release committed under .yarn/releases (yarnPath).
cat > "$_tc/bin/yarn" <<YARN
#!/bin/sh
exec node "$SOLO_TREK_ROOT/$(sed -n 's/^yarnPath: *//p' "$SOLO_TREK_ROOT/.yarnrc.yml")" "\$@"
YARN
chmod +x "$_tc/bin/yarn"
export PATH="$_tc/bin:$PATH"
unset _tc _major _arch _pkg
