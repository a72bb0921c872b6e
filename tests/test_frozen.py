"""quick_init: a frozen dataclass built by one assignment behaves as the generated one."""
from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, dataclass, field, replace

import pytest

from diplograph.frozen import quick_init


def _pair():
    @dataclass(frozen=True)
    class Plain:
        a: int
        b: str = "x"
        c: list = field(default_factory=list)
        d: tuple = ()

    @quick_init
    @dataclass(frozen=True)
    class Quick:
        a: int
        b: str = "x"
        c: list = field(default_factory=list)
        d: tuple = ()

    return Plain, Quick


@pytest.mark.parametrize("args, kwargs", [((1,), {}), ((1, "y"), {}), ((1,), {"c": [2], "d": (3,)}),
                                          ((), {"a": 5, "b": "z"}), ((1, "y", [4], (5,)), {})])
def test_same_fields_defaults_and_behaviour(args, kwargs):
    Plain, Quick = _pair()
    p, q = Plain(*args, **kwargs), Quick(*args, **kwargs)
    assert vars(p) == vars(q) and list(vars(q)) == ["a", "b", "c", "d"]
    assert repr(q) == repr(p).replace("Plain", "Quick")
    assert q == Quick(*args, **kwargs) and q != Quick(7)
    with pytest.raises(FrozenInstanceError):
        q.a = 2
    assert replace(q, b="w").b == "w" and replace(q, b="w").a == q.a


def test_hash_is_the_dataclass_hash():
    from diplograph.models import When

    assert hash(When("2024")) == hash(("2024", None, None)) and When("2024") in {When(at="2024")}


def test_each_instance_gets_its_own_factory_default():
    _, Quick = _pair()
    one, two = Quick(1), Quick(2)
    assert one.c == [] and one.c is not two.c


def test_wrong_arguments_fail_as_before():
    Plain, Quick = _pair()
    for cls in (Plain, Quick):
        with pytest.raises(TypeError):
            cls()
        with pytest.raises(TypeError):
            cls(1, e=2)
        with pytest.raises(TypeError):
            cls(1, "a", [], (), 5)


def test_pickles_and_models_use_it():
    from diplograph.models import Claim, Entity, Evidence, When

    e = Entity("iri:x", "X", "State")
    claim = Claim("doc", e, "memberOf", e, Evidence("text", 0, 4), confidence=0.9)
    assert pickle.loads(pickle.dumps(claim)) == claim
    assert claim.when == When() and claim.modality == "asserted"
    assert Claim.__init__.__qualname__ == "Claim.__init__"


def test_refuses_what_it_cannot_copy():
    @dataclass
    class Mutable:
        a: int

    @dataclass(frozen=True)
    class Post:
        a: int

        def __post_init__(self):
            pass

    @dataclass(frozen=True, slots=True)
    class Slots:
        a: int

    for cls in (Mutable, Post, Slots, int):
        with pytest.raises(TypeError):
            quick_init(cls)
