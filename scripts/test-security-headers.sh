#!/usr/bin/env bash
# Checks the security headers of a running Destino instance on a success, a 404 and a validation error.
# Usage: scripts/test-security-headers.sh BASE_URL      (for example https://staging.destino.example)
set -uo pipefail

base_url="${1:?usage: $0 BASE_URL}"
base_url="${base_url%/}"
failures=0

check_header() {
  local path="$1" headers="$2" name="$3" expected="$4"
  local actual
  actual=$(grep -i "^${name}:" <<<"$headers" | head -n 1 | cut -d: -f2- | sed 's/^ *//; s/\r$//')
  if [[ "$actual" == *"$expected"* ]]; then
    echo "ok   $path  $name: $actual"
  else
    echo "FAIL $path  $name: expected '$expected', got '${actual:-<missing>}'"
    failures=$((failures + 1))
  fi
}

check_absent() {
  local path="$1" headers="$2" name="$3"
  if grep -qi "^${name}:" <<<"$headers"; then
    echo "FAIL $path  $name must not be sent"
    failures=$((failures + 1))
  else
    echo "ok   $path  no $name header"
  fi
}

for path in /api/health /api/products "/api/products?page=0" /api/no-such-route; do
  if ! headers=$(curl -sS --max-time 10 -D - -o /dev/null "$base_url$path"); then
    echo "FAIL $path  no answer from $base_url"
    failures=$((failures + 1))
    continue
  fi

  check_header "$path" "$headers" "Content-Security-Policy" "default-src 'none'; frame-ancestors 'none'"
  check_header "$path" "$headers" "X-Content-Type-Options" "nosniff"
  check_header "$path" "$headers" "X-Frame-Options" "DENY"
  check_header "$path" "$headers" "Referrer-Policy" "no-referrer"
  check_header "$path" "$headers" "Permissions-Policy" "camera=()"
  check_header "$path" "$headers" "Cross-Origin-Opener-Policy" "same-origin"
  check_header "$path" "$headers" "Cross-Origin-Resource-Policy" "same-origin"
  check_header "$path" "$headers" "Strict-Transport-Security" "max-age="
  check_absent "$path" "$headers" "Server"
  check_absent "$path" "$headers" "X-Powered-By"
done

if [ "$failures" -gt 0 ]; then
  echo "security headers: $failures check(s) failed"
  exit 1
fi
echo "security headers: all checks passed"
