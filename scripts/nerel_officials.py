#!/usr/bin/env python3
"""List, per NEREL document, the officialOf (and memberOf) claims the extractor missed and the
ones judged wrong, with the sentence that holds them, to group errors by construction.

    python scripts/nerel_officials.py [--relation officialOf] [--doc ID] [--missed|--wrong]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval import SHARED, extract_all, load_scorer  # noqa: E402

NEREL = SHARED / "data" / "nerel"


def sentence_with(text: str, needles: list[str]) -> str:
    """The first sentence of `text` holding the first needle found (role text, then names)."""
    for needle in needles:
        if not needle:
            continue
        i = text.find(needle)
        if i < 0:
            continue
        lo = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i)) + 1
        hi = min([x for x in (text.find(". ", i), text.find("\n", i)) if x >= 0] or [len(text)])
        return re.sub(r"\s+", " ", text[lo:hi + 1]).strip()
    return "(no sentence found)"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--relation", default="officialOf")
    ap.add_argument("--doc", default=None, help="one document id (prefix)")
    ap.add_argument("--missed", action="store_true", help="only missed claims")
    ap.add_argument("--wrong", action="store_true", help="only wrong claims")
    args = ap.parse_args(argv)
    score = load_scorer()
    keys = sorted((NEREL / "keys").glob("*.gold.jsonl"))
    if args.doc:
        keys = [k for k in keys if k.name.startswith(args.doc)]
    claims = extract_all([NEREL / "texts" / (k.name[:-len(".gold.jsonl")] + ".txt") for k in keys])
    n_missed = n_wrong = 0
    for kp in keys:
        key = score.Key(kp)
        text = (NEREL / "texts" / (key.doc + ".txt")).read_text(encoding="utf-8")
        mine = claims.get(key.doc, [])
        res = score.score_doc(key, mine)
        required, _ = key.gold_sets()
        missed = [k for k in res["missed"] if k[1] == args.relation]
        wrong = [k for k in res["wrong"] if k[1] == args.relation]
        lines = []
        if not args.wrong:
            for k in missed:
                c = required[k]
                s, o = key.entities.get(k[0], {}), key.entities.get(k[2], {})
                names = [c.get("role") or ""] + s.get("aliases", []) + [s.get("name", "")]
                lines.append(f"  MISSED {s.get('name')} -> {o.get('name')} [{c.get('role')}]\n"
                             f"         {sentence_with(text, names)}")
                n_missed += 1
        if not args.missed:
            for k in wrong:
                c = next((c for c in mine if c["relation"] == args.relation
                          and score.resolve(key, c["subject"], {}) == k[0]
                          and score.resolve(key, c["object"], {}) == k[2]), None)
                if c is None:
                    continue
                lines.append(f"  WRONG  {c['subject'].get('label')} -> {c['object'].get('label')} [{c.get('role')}]"
                             f" ({k[0]} -> {k[2]})\n         {c['evidence']['text']}")
                n_wrong += 1
        if lines:
            print(key.doc)
            print("\n".join(lines))
    print(f"missed {n_missed}, wrong {n_wrong}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
