#!/usr/bin/env python3
"""Score diplograph's extraction against every answer key we have (`make eval`).

Runs the extractor in-process over the seed article, the project's keyed development
set (tests/data) and NEREL (shared/data/nerel), then scores with shared/eval/score.py —
the same scorer the project is measured with — and prints P/R/F1 per language, per
relation, and the seed's line.

    python scripts/eval.py [--verbose] [--skip-nerel] [--out DIR]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def extract_all(texts: list[Path]) -> dict[str, list[dict]]:
    from diplograph.extract import extract
    from diplograph.reader import read_article

    out: dict[str, list[dict]] = defaultdict(list)
    for path in texts:
        article = read_article(path)
        for c in extract(article).claims:
            if c.modality == "asserted":
                out[article.doc].append(c.to_json())
    return out


def score_set(score, name: str, key_paths: list[Path], claims: dict[str, list[dict]], verbose: bool,
              per_rel: dict, per_lang: dict) -> None:
    total = defaultdict(int)
    for kp in key_paths:
        key = score.Key(kp)
        lang = json.loads(kp.read_text(encoding="utf-8").splitlines()[0]).get("lang", "?")
        res = score.score_doc(key, claims.get(key.doc, []))
        for k in ("tp", "system", "gold", "timed", "time_right", "roled", "role_right"):
            total[k] += res[k]
            per_lang[lang][k] += res[k]
        required, _ = key.gold_sets()
        for k in required:
            per_rel[k[1]]["gold"] += 1
        for k in res["wrong"]:
            per_rel[k[1]]["system"] += 1
        for k in set(required) - set(res["missed"]):
            per_rel[k[1]]["tp"] += 1
            per_rel[k[1]]["system"] += 1
        if verbose:
            p, r, f = score.prf(res["tp"], res["system"], res["gold"])
            print(f"  {key.doc}: P={p:.2f} R={r:.2f} F1={f:.2f}")
            for k in res["missed"]:
                print("     missed:", " ".join(k))
            for k in res["wrong"]:
                print("     wrong: ", " ".join(k))
            for k in res["time_wrong"]:
                print("     time:  ", " ".join(k))
    p, r, f = score.prf(total["tp"], total["system"], total["gold"])
    t = total["time_right"] / total["timed"] if total["timed"] else 0.0
    print(f"{name:<10} P={p:.2f} R={r:.2f} F1={f:.2f}  time {total['time_right']}/{total['timed']} ({t:.2f})"
          f"  docs={len(key_paths)} tp={total['tp']} system={total['system']} gold={total['gold']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--skip-nerel", action="store_true")
    args = ap.parse_args(argv)
    score = load_scorer()
    sets = {"seed": sorted((SHARED / "eval" / "dev").glob("*.gold.jsonl")),
            "dev": sorted((ROOT / "tests" / "data" / "keys").glob("*.gold.jsonl"))}
    if not args.skip_nerel:
        sets["nerel"] = sorted((SHARED / "data" / "nerel" / "keys").glob("*.gold.jsonl"))
    texts = []
    for kps in sets.values():
        for kp in kps:
            first = json.loads(kp.read_text(encoding="utf-8").splitlines()[0])
            path = (kp.parent / first["text"]).resolve()
            if not path.exists():  # NEREL keys name the text only; it lies in ../texts
                path = (kp.parent.parent / "texts" / first["text"]).resolve()
            texts.append(path)
    claims = extract_all(texts)
    for name, kps in sets.items():
        per_rel: dict = defaultdict(lambda: defaultdict(int))
        per_lang: dict = defaultdict(lambda: defaultdict(int))
        print(f"== {name}")
        score_set(score, name, kps, claims, args.verbose, per_rel, per_lang)
        if name == "seed":
            continue
        for lang, t in sorted(per_lang.items()):
            p, r, f = score.prf(t["tp"], t["system"], t["gold"])
            tr = t["time_right"] / t["timed"] if t["timed"] else 0.0
            print(f"  lang {lang:<3} P={p:.2f} R={r:.2f} F1={f:.2f}  time {t['time_right']}/{t['timed']} ({tr:.2f})")
        for rel, t in sorted(per_rel.items()):
            p, r, f = score.prf(t["tp"], t["system"], t["gold"])
            print(f"  rel {rel:<18} P={p:.2f} R={r:.2f} F1={f:.2f}  (tp={t['tp']} system={t['system']} gold={t['gold']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
