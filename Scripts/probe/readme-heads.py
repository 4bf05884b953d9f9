#!/usr/bin/env python3
"""Re-run the README's command-line sample and write its ledger heads back into README.md.

The sample's ledger heads depend on the category map and rule pack versions (the ledger records
them), so every map or pack bump changes them. This runs exactly the README's commands against a
fresh database with the README's pinned operator and wall clock, and replaces the old heads:

    python3 Scripts/probe/readme-heads.py
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PIER = os.environ.get("PIER_BIN", os.path.join(ROOT, ".build", "debug", "pier"))
ENV = dict(os.environ, PIER_OPERATOR="presenter", PIER_WALL_CLOCK="2026-01-05T09:00:00Z")


def pier(*args):
    r = subprocess.run([PIER, *args], capture_output=True, text=True, env=ENV)
    return r.stdout + r.stderr


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "demo.sqlite")
    onboard = pier("onboard", "lumina", "--tier", "standard", "--apps", "yotpo,klaviyo,shipstation",
                   "--days", "7", "--db", db)
    pier("onboard", "pixelgrid", "--tier", "standard", "--apps", "rithum,zendesk", "--db", db)
    verify = pier("ledger", "verify", "--db", db)

m = re.search(r"ledger\s+([\d,]+) events · head ([0-9a-f]{64})", onboard)
if not m:
    sys.exit("no ledger head in the onboarding output:\n" + onboard)
events, head = m.groups()
rows = {line.split()[0]: line for line in verify.splitlines() if line.strip()}
total = re.search(r"^head ([0-9a-f]{64})", verify, re.M)
if not total:
    sys.exit("no head in ledger verify:\n" + verify)

path = os.path.join(ROOT, "README.md")
text = open(path, encoding="utf-8").read()
before = text
text = re.sub(r"(ledger\s+)[\d,]+( events · head )[0-9a-f]{64}", lambda x: f"{x.group(1)}{events}{x.group(2)}{head}", text)
for seller in ("lumina", "pixelgrid", "prairie"):
    if seller in rows:
        fresh = rows[seller]
        text = re.sub(rf"^{seller}\s+[\d,]+\s+events\s+[0-9a-f]{{64}}\s+ok$", lambda _: fresh, text, flags=re.M)
text = re.sub(r"^head [0-9a-f]{64}$", f"head {total.group(1)}", text, flags=re.M)
if text != before:
    open(path, "w", encoding="utf-8").write(text)
    print(f"README heads rewritten: lumina {events} events, head {head[:12]}…, ledger head {total.group(1)[:12]}…")
else:
    print("README heads already current")
