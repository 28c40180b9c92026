# Set-up steps shared by ./test.sh and ./infosociale (sourced, not run).

# quietly LOG COMMAND...: runs COMMAND with its output in LOG; prints LOG only when COMMAND fails.
quietly() {
  local log=$1 status=0; shift
  "$@" >"$log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    echo "failed: $* (output below, also in $log)" >&2
    cat "$log" >&2
  fi
  return "$status"
}

# npm_assets DIR: `npm ci` in DIR unless node_modules was installed from the same package-lock.json
# (its hash is kept in node_modules/.infosociale-lock.sha256 after a successful install).
npm_assets() {
  local dir=$1 stamp="$1/node_modules/.infosociale-lock.sha256" wanted log
  [ -f "$dir/package-lock.json" ] || return 0
  wanted=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    echo "node_modules matches package-lock.json"
    return 0
  fi
  log=$(mktemp "${TMPDIR:-/tmp}/infosociale-npm.XXXXXX")
  (cd "$dir" && quietly "$log" npm ci --no-audit --no-fund) || return 1
  rm -f "$log"
  echo "$wanted" >"$stamp"
  echo "node_modules installed from package-lock.json"
}
