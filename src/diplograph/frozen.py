"""Frozen dataclasses that are built faster.

The generated ``__init__`` of a frozen dataclass sets each field through
``object.__setattr__`` (one call per field, since the class's own ``__setattr__``
refuses). Extraction builds a few hundred mentions, times and claims per article, and
those calls were a few percent of its time. `quick_init` gives the class an
``__init__`` with the same parameters and defaults that sets the instance's
``__dict__`` in one call; everything else (equality, hashing, ``repr``, ``replace``,
pickling, immutability) is the dataclass's own. A class compiled to a C extension class
(mypyc, see `diplograph.compiled`) has no instance ``__dict__`` and builds its instances in
C already: it is returned as it is.
"""
from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from typing import TypeVar

T = TypeVar("T", bound=type)

class _Factory:
    """Marks a parameter left out whose default comes from a factory (shown as dataclasses show it)."""

    def __repr__(self) -> str:
        return "<factory>"


_NO_VALUE = _Factory()


def quick_init(cls: T) -> T:
    """Replace the generated ``__init__`` of frozen dataclass `cls` by one that sets all
    fields at once (the same parameters, in order, with the same defaults)."""
    params = getattr(cls, "__dataclass_params__", None) if is_dataclass(cls) else None
    if params is not None and params.frozen and not cls.__dictoffset__ and "__slots__" not in cls.__dict__:
        return cls   # a compiled (native) class: no instance __dict__ to set, its __init__ is C
    if params is None or not params.frozen or "__slots__" in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses without slots or __post_init__")
    all_fields = fields(cls)
    if any(f.name in ("self", "_set_attr", "_NO_VALUE") or f.name.startswith(("_default_", "_factory_")) for f in all_fields):
        raise TypeError(f"{cls.__name__}: a field name quick_init uses itself")
    if any(not f.init or f.kw_only for f in all_fields):
        raise TypeError(f"{cls.__name__}: quick_init needs every field in __init__, positional")
    scope: dict[str, object] = {"_set_attr": object.__setattr__, "_NO_VALUE": _NO_VALUE}
    args, fill = [], []
    for f in all_fields:
        if f.default is not MISSING:
            scope[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            args.append(f"{f.name}=_NO_VALUE")
            fill.append(f"    if {f.name} is _NO_VALUE:\n        {f.name} = _factory_{f.name}()\n")
        else:
            args.append(f.name)
    values = ", ".join(f"{f.name!r}: {f.name}" for f in all_fields)
    source = (f"def __init__(self, {', '.join(args)}):\n" + "".join(fill) +
              f"    _set_attr(self, '__dict__', {{{values}}})\n")
    exec(source, scope)  # noqa: S102 - the source is built above from the field names only
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"   # type: ignore[attr-defined]
    init.__module__ = cls.__module__                      # type: ignore[attr-defined]
    init.__doc__ = cls.__init__.__doc__                   # type: ignore[misc]
    cls.__init__ = init   # type: ignore[misc]
    return cls
