#!/usr/bin/env bash
# Installs what the tests need on a fresh machine (Debian packages, npm assets, a throwaway PostgreSQL),
# then runs every test. Used as is by CI (.ci/run).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 INFOSOCIALE_HOME="$here"

step() { printf '\n== %s\n' "$*"; }
. "$here/tools/setup.sh"

step "Debian packages"
missing=()
command -v chromium >/dev/null || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
  aptlog=$(mktemp /tmp/infosociale-apt.XXXXXX)
  echo "installing ${missing[*]} (log: $aptlog)"
  quietly "$aptlog" $sudo_ apt-get update -q
  quietly "$aptlog" $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  rm -f "$aptlog"
fi
echo "chromium: $(command -v chromium)"

step "npm assets"
npm_assets "$here"

# A free port, so that two checkouts can run their tests at the same time.
pgport=${INFOSOCIALE_TEST_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
step "PostgreSQL (throwaway cluster on 127.0.0.1:$pgport)"
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
pgdir=$(mktemp -d /tmp/infosociale-pg.XXXXXX)
chmod 755 "$pgdir"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust >/dev/null
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1" -l "$pgdir/log" -w start >/dev/null
trap 'as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pgdir"' EXIT
export INFOSOCIALE_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
echo "PostgreSQL ready: $INFOSOCIALE_TEST_POSTGRES"

step "Build"
# Warnings and errors, each once (no summary repeating them).
dotnet build InfoSociale.sln -c Release --nologo -v quiet -clp:NoSummary

step "Tests"
results=$(mktemp -d /tmp/infosociale-tests.XXXXXX)
# The tests and the programs they start get a temp directory of their own: whatever is left in it afterwards
# is a test that did not clean up, and fails the run.
# (Given to the test host only: the dotnet CLI and MSBuild keep their own temp folders elsewhere.) No diagnostics
# pipes either: a test host that the runner stops would leave them there.
mkdir "$results/tmp"
cat >"$results/tests.runsettings" <<EOF
<RunSettings><RunConfiguration><EnvironmentVariables>
  <TMPDIR>$results/tmp</TMPDIR><DOTNET_EnableDiagnostics>0</DOTNET_EnableDiagnostics>
</EnvironmentVariables></RunConfiguration></RunSettings>
EOF
status=0
dotnet test InfoSociale.sln -c Release --no-build --nologo --settings "$results/tests.runsettings" \
  --logger "console;verbosity=minimal" --logger "trx;LogFileName=tests.trx" --results-directory "$results" || status=$?

left=$(find "$results/tmp" -mindepth 1 -maxdepth 1 | sed "s|$results/tmp/||" | sort)
if [ -n "$left" ]; then
  echo "tests left these in the temp directory (each test must delete what it makes):" >&2
  echo "$left" | sed 's/^/  /' >&2
  status=1
fi

# One plain closing line, counted from the test results file.
trx=$(find "$results" -name '*.trx' | head -1)
if [ -n "$trx" ]; then
  passed=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
  failed=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
  skipped=$(grep -o 'notExecuted="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
  echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
  [ "${passed:-0}" -gt 0 ] || { echo "no test ran" >&2; status=1; }
else
  echo "0 passed, 0 failed"; status=1
fi
rm -rf "$results"
exit $status
