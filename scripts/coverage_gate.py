#!/usr/bin/env python3
"""Line coverage of the payments and orders code, from coverlet's Cobertura reports; fails below the gate.

Usage: coverage_gate.py MINIMUM_PERCENT REPORT.cobertura.xml [...]
"""
import re
import sys
import xml.etree.ElementTree as ElementTree

# Payments and orders: the ordering domain, its use cases, the payment gateways, their storage and endpoints.
PAYMENTS_AND_ORDERS = re.compile(
    r"(/Ordering/|/Payments/|OrderingRepository\.cs$|OrderEndpoints\.cs$|CartEndpoints\.cs$)")


def covered_lines(reports):
    lines = {}
    for report in reports:
        for cls in ElementTree.parse(report).getroot().iter("class"):
            filename = cls.get("filename", "").replace("\\", "/")
            if not PAYMENTS_AND_ORDERS.search(filename):
                continue
            for line in cls.iter("line"):
                key = (filename, line.get("number"))
                lines[key] = lines.get(key, False) or int(line.get("hits", "0")) > 0
    return lines


def main():
    minimum = float(sys.argv[1])
    lines = covered_lines(sys.argv[2:])
    if not lines:
        print("coverage: no payments or orders code found in the reports")
        return 1

    percent = 100.0 * sum(lines.values()) / len(lines)
    print(f"coverage of payments and orders code: {percent:.1f}% of {len(lines)} lines (gate {minimum:.0f}%)")
    return 0 if percent >= minimum else 1


if __name__ == "__main__":
    sys.exit(main())
