#!/usr/bin/env bash
# Checks that a running Destino instance rate-limits sign-in attempts: within MAX_REQUESTS failed sign-ins from
# this address, one must be refused with 429, a Retry-After header and a problem+json body.
# Usage: scripts/test-rate-limiting.sh BASE_URL [MAX_REQUESTS]     (MAX_REQUESTS defaults to 40)
set -uo pipefail

base_url="${1:?usage: $0 BASE_URL [MAX_REQUESTS]}"
base_url="${base_url%/}"
max_requests="${2:-40}"
account="rate-limit-probe-$RANDOM@example.com"
body_file=$(mktemp)
trap 'rm -f "$body_file"' EXIT

for attempt in $(seq 1 "$max_requests"); do
  headers=$(curl -sS --max-time 10 -D - -o "$body_file" \
    -H 'Content-Type: application/json' \
    --data "{\"email\":\"$account\",\"password\":\"not-the-password-$attempt\"}" \
    "$base_url/api/auth/login") || { echo "FAIL no answer from $base_url"; exit 1; }
  status=$(head -n 1 <<<"$headers" | awk '{print $2}')

  if [ "$status" = "429" ]; then
    echo "ok   request $attempt was refused with 429"
    failures=0
    retry_after=$(grep -i '^Retry-After:' <<<"$headers" | cut -d: -f2- | tr -d ' \r')
    content_type=$(grep -i '^Content-Type:' <<<"$headers" | cut -d: -f2- | tr -d ' \r')
    if [[ "$retry_after" =~ ^[0-9]+$ ]]; then
      echo "ok   Retry-After: $retry_after"
    else
      echo "FAIL Retry-After missing or not a number: '${retry_after}'"
      failures=$((failures + 1))
    fi
    if [[ "$content_type" == application/problem+json* ]] && grep -q '"status":429' "$body_file"; then
      echo "ok   body is a problem+json with status 429"
    else
      echo "FAIL body is not a 429 problem+json (Content-Type: '${content_type}')"
      failures=$((failures + 1))
    fi
    [ "$failures" -eq 0 ] && echo "rate limiting: all checks passed"
    exit "$failures"
  fi

  if [ "$status" != "401" ]; then
    echo "FAIL request $attempt answered $status; expected 401 until the limit, then 429"
    exit 1
  fi
done

echo "FAIL $max_requests failed sign-ins were all answered without a 429"
exit 1
