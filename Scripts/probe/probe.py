#!/usr/bin/env python3
"""Run hand-written product lists through the real `pier` binary and score them.

A probe file is tab-separated, one product per line (lines starting with # are
comments):

    expected  title  type  tags  body  category  gender

`expected` is what a merchant's ops team would accept:
  L:prefix|prefix  live, TikTok path starting with one prefix (or ">word" inside
                   the path, or a leaf id)
  X                kept off with any reason (not live)
  N                not eligible
  P                rejected or prohibited by moderation
  H                held for review (a claim or a restricted good)
  E                eligible (live or waiting), any category

Files whose name starts with "woo" become a WooCommerce CSV, others a Shopify
CSV. The file goes through `pier import` → `pier onboard --tier premium` →
`pier export`; status, badge and category are read from catalogue-diff.csv.

    python3 Scripts/probe/probe.py Scripts/probe/beauty9.tsv [-v]
    python3 Scripts/probe/probe.py Scripts/probe            # every list, and the total

Exit status 0 when every line meets its expectation.
"""
import csv
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PIER = os.environ.get("PIER_BIN", os.path.join(ROOT, ".build", "debug", "pier"))
ENV = dict(os.environ, PIER_OPERATOR="probe", PIER_WALL_CLOCK="2026-01-05T09:00:00Z")


def read_spec(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) > 7:
                sys.exit(f"{path}:{n}: {len(parts)} fields, at most 7")
            parts += [""] * (7 - len(parts))
            rows.append((n, *parts))
    return rows


def handle(i, title):
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "p"
    return f"{slug}-{i}"


def write_shopify(rows, out):
    header = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags",
              "Published", "Option1 Name", "Option1 Value", "Variant SKU", "Variant Grams",
              "Variant Inventory Qty", "Variant Price", "Image Src", "Gift Card",
              "Google Shopping / Gender", "Status"]
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for i, (_, _, title, ptype, tags, body, cat, gender) in enumerate(rows):
            w.writerow([handle(i, title), title, f"<p>{body}</p>" if body else "", "Probe",
                        cat, ptype, tags, "TRUE", "Title", "Default Title", f"SKU-{i}", "250",
                        "10", "19.99", f"https://example.com/{i}.jpg", "FALSE", gender, "active"])


def write_woo(rows, out):
    header = ["ID", "Type", "SKU", "Name", "Published", "Short description", "Description",
              "In stock?", "Stock", "Weight (kg)", "Regular price", "Categories", "Tags", "Images"]
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for i, (_, _, title, ptype, tags, body, cat, _) in enumerate(rows):
            cats = cat or ptype
            w.writerow([100 + i, "simple", f"SKU-{i}", title, 1, "", body, 1, 10, "0.25",
                        "19.99", cats, tags, f"https://example.com/{i}.jpg"])


def run(args):
    r = subprocess.run([PIER, *args], capture_output=True, text=True, env=ENV)
    if r.returncode != 0:
        sys.exit(f"pier {' '.join(args)} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r.stdout


def check(expected, status, badge, path, leaf):
    live = status == "live"
    if expected == "X":
        return not live
    if expected == "N":
        return badge == "not eligible"
    if expected == "P":
        return badge == "prohibited" or status == "rejected"
    if expected == "H":
        return status == "held"
    if expected == "E":
        return badge in ("eligible", "needs attention")
    if expected.startswith("L:"):
        if not live:
            return False
        for want in expected[2:].split("|"):
            if want.startswith(">") and want[1:].lower() in path.lower():
                return True
            if want.isdigit() and want == leaf:
                return True
            if path.lower().startswith(want.lower()):
                return True
        return False
    sys.exit(f"unknown expectation {expected!r}")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    if len(args) != 1:
        sys.exit(__doc__)
    spec = args[0]
    if os.path.isdir(spec):
        # Every list in the folder, one after another, and the total.
        good = total = 0
        for name in sorted(os.listdir(spec)):
            if not name.endswith(".tsv"):
                continue
            r = subprocess.run([sys.executable, __file__, os.path.join(spec, name)] + (["-v"] if verbose else []),
                               capture_output=True, text=True)
            print(r.stdout, end="")
            last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
            m = re.search(r": (\d+)/(\d+)$", last)
            if m:
                good += int(m.group(1))
                total += int(m.group(2))
            else:
                print(r.stderr, end="")
        print(f"all lists: {good}/{total}")
        sys.exit(0 if good == total else 1)
    rows = read_spec(spec)
    woo = os.path.basename(spec).startswith("woo")
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = os.path.join(tmp, "export.csv")
        (write_woo if woo else write_shopify)(rows, csv_path)
        db = os.path.join(tmp, "probe.sqlite")
        name = re.sub(r"[^a-z0-9]+", "-", os.path.basename(spec).lower().rsplit(".", 1)[0])
        out = run(["import", "woocommerce" if woo else "shopify", csv_path, "--seller", name,
                   "--db", db])
        m = re.search(r"\b(" + re.escape(name) + r"-[a-z0-9]+)\b", out)
        seller = m.group(1) if m else name
        run(["onboard", seller, "--tier", "premium", "--db", db])
        run(["export", seller, "--out", os.path.join(tmp, "out"), "--db", db])
        with open(os.path.join(tmp, "out", "catalogue-diff.csv"), encoding="utf-8") as f:
            diff = list(csv.DictReader(f))
    by_title = {}
    for d in diff:
        by_title.setdefault(d.get("title", ""), d)
    good = 0
    for (n, expected, title, *_rest) in rows:
        d = by_title.get(title) or {}
        status = d.get("status", "missing")
        badge = d.get("eligibility", "")
        path = d.get("tiktok_category_path", "")
        leaf = d.get("tiktok_category_id", "")
        ok = check(expected, status, badge, path, leaf)
        good += ok
        if verbose or not ok:
            mark = "ok  " if ok else "MISS"
            print(f"{mark} {n:4} {expected:14.14} {title[:60]:60} {status}/{badge} {path}")
            if not ok and d.get("reason"):
                print(f"           {d['reason'][:150]}")
    print(f"{os.path.basename(spec)}: {good}/{len(rows)}")
    sys.exit(0 if good == len(rows) else 1)


if __name__ == "__main__":
    main()
