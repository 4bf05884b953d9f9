#!/usr/bin/env python3
"""Add patterns and allowances to rules of the moderation pack and bump its version.

    python3 Scripts/probe/pack-add.py '{"PG-006": {"patterns": ["ephedrine"], "allow": []}}'

Refuses a pattern or allowance the rule already has, an unknown rule id, and an allowance
that no pattern of the rule could match inside (an allowance must contain the matched span).
The pack is written back in its own layout (one-space indent, UTF-8), so the diff is the change.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PATH = os.path.join(ROOT, "Sources", "PierEngine", "Resources", "rules.json")


def norm(s):
    return " " + re.sub(r"[^0-9a-z%\u0080-\uffff]+", " ", s.lower()).strip() + " "


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    change = json.loads(sys.argv[1])
    pack = json.load(open(PATH, encoding="utf-8"))
    rules = {r["id"]: r for r in pack["rules"]}
    for rid, add in change.items():
        rule = rules.get(rid) or sys.exit(f"no rule {rid}")
        for key in ("patterns", "allow"):
            have = rule.setdefault(key, [])
            for p in add.get(key, []):
                if p in have:
                    sys.exit(f"{rid} already has {key[:-1] if key == 'patterns' else key} {p!r}")
                have.append(p)
        for a in add.get("allow", []):
            if not any(norm(p) in norm(a) for p in rule["patterns"]):
                sys.exit(f"{rid}: allowance {a!r} contains none of the rule's patterns")
    m = re.match(r"(.*-)(\d+)$", pack["version"])
    pack["version"] = f"{m.group(1)}{int(m.group(2)) + 1}"
    with open(PATH, "w", encoding="utf-8") as f:
        f.write(json.dumps(pack, indent=1, ensure_ascii=False) + "\n")
    print(pack["version"])


if __name__ == "__main__":
    main()
