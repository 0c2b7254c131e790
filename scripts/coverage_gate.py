#!/usr/bin/env python3
"""Line coverage of the code that handles money, from coverlet's Cobertura reports; fails below the gate.

Usage: coverage_gate.py MINIMUM_PERCENT REPORT.cobertura.xml [...]
"""
import re
import sys
import xml.etree.ElementTree as ElementTree

# Each area must reach the gate on its own: a well-tested area cannot hide a poorly tested one.
AREAS = {
    "payments and orders": re.compile(
        r"(/Ordering/|/Payments/|OrderingRepository\.cs$|OrderEndpoints\.cs$|CartEndpoints\.cs$)"),
    "Square webhooks": re.compile(r"(/Webhooks/|SquareWebhookEndpoints\.cs$)"),
}


def covered_lines(reports, area):
    lines = {}
    for report in reports:
        for cls in ElementTree.parse(report).getroot().iter("class"):
            filename = cls.get("filename", "").replace("\\", "/")
            if not area.search(filename):
                continue
            for line in cls.iter("line"):
                key = (filename, line.get("number"))
                lines[key] = lines.get(key, False) or int(line.get("hits", "0")) > 0
    return lines


def main():
    minimum = float(sys.argv[1])
    reports = sys.argv[2:]
    failed = False

    for name, area in AREAS.items():
        lines = covered_lines(reports, area)
        if not lines:
            print(f"coverage of {name} code: no lines found in the reports")
            failed = True
            continue

        percent = 100.0 * sum(lines.values()) / len(lines)
        print(f"coverage of {name} code: {percent:.1f}% of {len(lines)} lines (gate {minimum:.0f}%)")
        failed |= percent < minimum

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
