"""The extraction modules compiled by mypyc (hatch_build.py) and their Python source extract the same.

A compiled build runs its modules from source when DIPLOGRAPH_PURE is set or when a source no
longer matches the one compiled (`diplograph.compiled`); a pure build has no extensions at all.
"""
from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from diplograph import compiled

ARTICLES = Path(__file__).parent / "data" / "articles"
# two articles of each language
FEW = [p for lang in ("bg", "ru", "en") for p in sorted(ARTICLES.glob(f"{lang}-*.txt"))[:2]]

_RUN = """
import json, sys
from diplograph.compiled import compiled_modules
from diplograph.extract import extract
from diplograph.reader import read_article
for path in sys.argv[1:]:
    extraction = extract(read_article(path))
    print(json.dumps({"claims": [c.to_json() for c in extraction.claims],
                      "mentions": [m.to_json() for m in extraction.mentions]}, ensure_ascii=False, sort_keys=True))
print(json.dumps(compiled_modules()))
"""


def _extract_in_subprocess(pure: bool) -> tuple[list[str], list[str]]:
    env = {k: v for k, v in os.environ.items() if k != "DIPLOGRAPH_PURE"}
    if pure:
        env["DIPLOGRAPH_PURE"] = "1"
    done = subprocess.run([sys.executable, "-c", _RUN, *map(str, FEW)], env=env, capture_output=True, text=True,
                          timeout=600, check=True)
    *extracted, modules = done.stdout.splitlines()
    return json.loads(modules), extracted


def test_the_pure_fallback_extracts_what_the_build_does() -> None:
    pure_modules, pure = _extract_in_subprocess(pure=True)
    built_modules, built = _extract_in_subprocess(pure=False)
    assert pure_modules == []   # every compiled module imported from its .py
    assert len(pure) == len(FEW) and all(json.loads(line)["claims"] for line in pure)
    assert pure == built
    # a compiled build imports every module compiled (all or none: they call each other in C)
    assert built_modules in ([], list(compiled.MODULES))


def _copy_sources(tmp_path: Path) -> Path:
    package = tmp_path / "diplograph"
    for module in compiled.MODULES:
        source = compiled.source_path(module)
        target = package / source.relative_to(compiled.PACKAGE_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return package


def test_an_edited_source_makes_the_extensions_stale(tmp_path: Path) -> None:
    package = _copy_sources(tmp_path)
    assert not compiled.stale(package)   # no extensions, no record: a pure build
    (package / f"text{importlib.machinery.EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    assert compiled.stale(package)       # extensions without a record of what they were built from
    (package / compiled.MANIFEST).write_text(compiled.manifest_text(package), "utf-8")
    assert not compiled.stale(package)
    relations = package / "extract" / "relations.py"
    relations.write_text(relations.read_text("utf-8") + "\n# edited\n", "utf-8")
    assert compiled.stale(package)


def test_the_manifest_names_every_module_once(tmp_path: Path) -> None:
    package = _copy_sources(tmp_path)
    lines = compiled.manifest_text(package).splitlines()
    assert [line.split()[0] for line in lines] == list(compiled.MODULES)
    assert all(len(line.split()[1]) == 64 for line in lines)
    assert compiled.source_path("extract", package) == package / "extract" / "__init__.py"
