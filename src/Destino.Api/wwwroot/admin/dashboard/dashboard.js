// Destino's production dashboard: no external script, no inline script, figures from the admin API.
"use strict";

const tokenKey = "destino.adminToken";
const refreshEveryMs = 15000;

function takeTokenFromFragment() {
  const match = /token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(tokenKey, decodeURIComponent(match[1]));
    history.replaceState(null, "", window.location.pathname);
  }
}

async function api(path) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${sessionStorage.getItem(tokenKey)}` } });
  if (response.status === 401 || response.status === 403) {
    sessionStorage.removeItem(tokenKey);
    throw new Error("signed-out");
  }
  return response.json();
}

function tile(label, value) {
  const element = document.createElement("div");
  element.className = "tile";
  const number = document.createElement("div");
  number.className = "value";
  number.textContent = value;
  const caption = document.createElement("div");
  caption.className = "label";
  caption.textContent = label;
  element.append(number, caption);
  return element;
}

function percent(ratio) {
  return `${(ratio * 100).toFixed(1)}%`;
}

function drawChart(svgId, values) {
  const svg = document.getElementById(svgId);
  svg.replaceChildren();
  svg.setAttribute("data-points", String(values.length));
  const width = 600, height = 160, margin = 24;
  const top = Math.max(1, ...values);
  const x = (i) => margin + (values.length < 2 ? 0 : (i * (width - 2 * margin)) / (values.length - 1));
  const y = (v) => height - margin - (v / top) * (height - 2 * margin);
  const ns = "http://www.w3.org/2000/svg";

  const line = document.createElementNS(ns, "polyline");
  line.setAttribute("points", values.map((v, i) => `${x(i)},${y(v)}`).join(" "));
  svg.append(line);
  values.forEach((v, i) => {
    const dot = document.createElementNS(ns, "circle");
    dot.setAttribute("cx", x(i));
    dot.setAttribute("cy", y(v));
    dot.setAttribute("r", 3);
    svg.append(dot);
  });
  const label = document.createElementNS(ns, "text");
  label.setAttribute("x", 4);
  label.setAttribute("y", 14);
  label.textContent = `max ${top.toFixed(0)}`;
  svg.append(label);
}

async function refresh() {
  const [metrics, series, gates] = await Promise.all([
    api("/api/admin/metrics?windowMinutes=60"),
    api("/api/admin/metrics/series?windowMinutes=60"),
    api("/api/admin/launch-gates?windowMinutes=60"),
  ]);

  document.getElementById("tiles").replaceChildren(
    tile("Orders per hour", metrics.business.ordersPerHour.toFixed(1)),
    tile("Conversion rate", percent(metrics.business.conversionRate)),
    tile("Average order", `$${(metrics.business.averageOrderValueInCents / 100).toFixed(2)}`),
    tile("Failed payments", metrics.business.failedPayments),
    tile("Cart abandonment", percent(metrics.business.cartAbandonmentRate)),
    tile("API p95", `${metrics.performance.apiResponseTimeMs.p95} ms`),
    tile("Error rate", percent(metrics.infrastructure.errorRate)),
    tile("Cache hit rate", percent(metrics.infrastructure.cacheHitRate)),
    tile("Rate-limit violations", metrics.infrastructure.rateLimitViolations),
    tile("Failed sign-ins", metrics.security.failedAuthAttempts),
    tile("Suspicious webhooks", metrics.security.suspiciousWebhooks),
    tile("Blocked requests", metrics.security.blockedRequests),
  );

  drawChart("chart-p95", series.map((point) => point.responseTimeMs.p95));
  drawChart("chart-requests", series.map((point) => point.requests));
  drawChart("chart-errors", series.map((point) => (point.requests ? (100 * point.serverErrors) / point.requests : 0)));
  drawChart("chart-queries", series.map((point) => point.queryTimeMs.p95));

  const rows = gates.gates.map((gate) => {
    const row = document.createElement("tr");
    for (const text of [gate.name, gate.threshold, gate.measured]) {
      const cell = document.createElement("td");
      cell.textContent = text;
      row.append(cell);
    }
    const verdict = document.createElement("td");
    verdict.textContent = gate.passed ? "pass" : "fail";
    verdict.className = gate.passed ? "pass" : "fail";
    row.append(verdict);
    return row;
  });
  document.querySelector("#gates tbody").replaceChildren(...rows);
  document.getElementById("status").textContent = `Updated ${new Date().toLocaleTimeString()}`;
}

async function show() {
  const signedIn = Boolean(sessionStorage.getItem(tokenKey));
  document.getElementById("sign-in").hidden = signedIn;
  document.getElementById("dashboard").hidden = !signedIn;
  if (!signedIn) {
    return;
  }
  try {
    await refresh();
  } catch (error) {
    document.getElementById("status").textContent =
      error.message === "signed-out" ? "Signed out: sign in as an administrator." : "Could not load the figures.";
    if (error.message === "signed-out") {
      await show();
    }
  }
}

document.getElementById("sign-in").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const response = await fetch("/api/auth/login", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
  });
  if (response.ok) {
    sessionStorage.setItem(tokenKey, (await response.json()).token);
    await show();
  } else {
    document.getElementById("status").textContent = "Sign-in refused.";
  }
});

takeTokenFromFragment();
show();
setInterval(show, refreshEveryMs);
