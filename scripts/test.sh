#!/usr/bin/env bash
# Runs every test Destino has, installing what the tests need first. Ends with one line: "N passed, N failed".
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
results_dir="$repo_root/artifacts/test-results"

# redis-server for the cache, rate-limit and webhook tests; chromium for the dashboard's browser test.
install_test_servers() {
  local missing=()
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  if [ "${#missing[@]}" -eq 0 ]; then
    return
  fi

  echo "Installing from Debian's packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  # The tests start their own servers on free ports; the packaged service is not needed.
  $sudo service redis-server stop >/dev/null 2>&1 || true
}

summarise_results() {
  local passed=0 failed=0 skipped=0 trx counters
  for trx in "$results_dir"/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    passed=$((passed + $(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")))
    failed=$((failed + $(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")))
    skipped=$((skipped + $(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")))
  done
  echo "$passed passed, $failed failed, $skipped skipped"
}

# Starts the built API on a free loopback port (Staging: production behaviour, no production secrets) and runs the
# launch plan's two verification scripts against it.
check_running_instance() {
  local port work_dir api_pid outcome=0
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  work_dir=$(mktemp -d)

  (
    cd src/Destino.Api/bin/Release/net10.0
    ASPNETCORE_ENVIRONMENT=Staging \
      Database__ConnectionString="Data Source=$work_dir/smoke.db" \
      Database__MigrateOnStartup=true \
      exec dotnet Destino.Api.dll --urls "http://127.0.0.1:$port"
  ) >"$work_dir/api.log" 2>&1 &
  api_pid=$!

  for _ in $(seq 1 60); do
    curl -fsS --max-time 2 "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
    sleep 0.5
  done

  scripts/test-security-headers.sh "http://127.0.0.1:$port" || outcome=1
  scripts/test-rate-limiting.sh "http://127.0.0.1:$port" || outcome=1

  kill "$api_pid" 2>/dev/null || true
  wait "$api_pid" 2>/dev/null || true
  if [ "$outcome" -ne 0 ]; then
    echo "The local instance's log:"
    tail -n 40 "$work_dir/api.log"
  fi
  rm -rf "$work_dir"
  return "$outcome"
}

install_test_servers

dotnet tool restore >/dev/null
dotnet build Destino.sln --configuration Release

echo "Generating the idempotent SQL Server migration script (checks the SQL Server migrations compile to SQL)"
mkdir -p artifacts
dotnet ef migrations script --idempotent --no-build --configuration Release \
  --context SqlServerDestinoDbContext \
  --project src/Destino.Infrastructure --startup-project src/Destino.Api \
  --output artifacts/sqlserver-migrations.sql >/dev/null
grep -q 'CREATE TABLE \[Products\]' artifacts/sqlserver-migrations.sql

rm -rf "$results_dir"
status=0
dotnet test Destino.sln --no-build --configuration Release \
  --logger "trx" --results-directory "$results_dir" \
  --collect "XPlat Code Coverage" --settings tests/coverage.runsettings || status=$?

coverage_status=0
python3 scripts/coverage_gate.py 85 "$results_dir"/*/coverage.cobertura.xml || coverage_status=$?

echo "Running the verification scripts against a locally started instance"
scripts_status=0
check_running_instance || scripts_status=$?

summarise_results
if [ "$status" -ne 0 ] || [ "$scripts_status" -ne 0 ] || [ "$coverage_status" -ne 0 ]; then
  exit 1
fi
