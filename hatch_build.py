"""Build hook: compile the extraction's hot modules to C extensions with mypyc.

The modules are those `diplograph.compiled.MODULES` lists, compiled as they are (typed Python,
checked by mypy). Set ``DIPLOGRAPH_PURE=1`` to build a pure-Python package; where compiling
fails (no C compiler, no mypyc), the build says so and goes on pure. An editable install
(``pip install -e .``) builds the extensions in place, beside the sources in ``src/``; a wheel
carries them. Either way ``_compiled.txt`` records the digest of each source compiled, so that
an edited source is run as Python until the next build (see `diplograph.compiled`).
"""
from __future__ import annotations

import ast
import os
import sys
import time
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = Path("src") / "diplograph"


def _modules(root: Path) -> list[str]:
    """`MODULES` of src/diplograph/compiled.py, read without importing the package."""
    tree = ast.parse((root / PACKAGE / "compiled.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "MODULES" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise RuntimeError("src/diplograph/compiled.py lists no MODULES")


def _source(module: str) -> str:
    path = PACKAGE.joinpath(*module.split("."))
    return str(path / "__init__.py" if (path / "__init__.py").exists() else path.with_suffix(".py"))


def _products(root: Path) -> list[Path]:
    """Extensions and records an earlier in-place build left in src/."""
    src = root / "src"
    return [p for p in [*src.glob("*__mypyc*"), *(src / "diplograph").rglob("*.so"), *(src / "diplograph").rglob("*.pyd"),
                        src / "diplograph" / "_compiled.txt"] if p.is_file()]


class MypycBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        editable = version == "editable"
        if editable:   # (stale extensions of an earlier build would shadow the sources)
            for path in _products(root):
                path.unlink()
        if os.environ.get("DIPLOGRAPH_PURE", "") not in ("", "0"):
            self.app.display_info("diplograph: DIPLOGRAPH_PURE is set, building pure Python")
            return
        started = time.monotonic()
        try:
            outputs, build_lib = self._compile(root, editable)
        except Exception as exc:  # noqa: BLE001 - any failure to compile leaves a working pure build
            self.app.display_warning(f"diplograph: compiling with mypyc failed, building pure Python ({exc})")
            if editable:
                for path in _products(root):
                    path.unlink()
            return
        manifest = self._manifest(root, build_lib, editable)
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if not editable:
            for path in outputs:
                build_data["force_include"][str(path)] = str(Path(path).relative_to(build_lib))
            build_data["force_include"][str(manifest)] = "diplograph/_compiled.txt"
        self.app.display_info(f"diplograph: compiled {len(outputs)} extensions with mypyc in {time.monotonic() - started:.0f} s")

    def _compile(self, root: Path, inplace: bool) -> tuple[list[str], Path]:
        from mypyc.build import mypycify
        from setuptools import Distribution

        work = root / "build" / "mypyc"
        cwd = os.getcwd()
        os.chdir(root)   # (mypy reads its settings from pyproject.toml and names modules from the paths)
        try:
            # (the modules compiled are type-checked; those they import, as far as they use them)
            extensions = mypycify(["--follow-imports=silent", *(_source(m) for m in _modules(root))], opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"),
                                  multi_file=True, target_dir=str(work / "c"))
            dist = Distribution({"name": "diplograph", "ext_modules": extensions, "package_dir": {"": "src"}})
            cmd = dist.get_command_obj("build_ext")
            cmd.inplace = inplace
            cmd.build_lib = str(work / "lib")
            cmd.build_temp = str(work / "temp")
            cmd.parallel = os.cpu_count() or 1
            cmd.ensure_finalized()
            cmd.run()
            return [str(Path(p).resolve()) for p in cmd.get_outputs()], (root / "src" if inplace else work / "lib").resolve()
        finally:
            os.chdir(cwd)

    def _manifest(self, root: Path, build_lib: Path, editable: bool) -> Path:
        sys.path.insert(0, str(root / "src"))
        try:
            import importlib.util
            spec = importlib.util.spec_from_file_location("_diplograph_compiled", root / PACKAGE / "compiled.py")
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            text = module.manifest_text(root / PACKAGE)
        finally:
            sys.path.pop(0)
        path = (root / PACKAGE if editable else build_lib / "diplograph") / "_compiled.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        return path
